"""Attribution shapes of wire and web copy, one sentence each, after a
paragraph that names the people and groups (kept small and exact: the
labelled articles score the extractor as a whole)."""

import pytest

from pullquotes.extract import extract_from_paragraphs, extract_quotes

CONTEXT = ("Jane Roe, an organizer with Never Again Action, helped plan the march. "
           "Rep. Ilhan Omar (D-Minn.) also attended.")


@pytest.mark.parametrize("sentence, expected", [
    ('"We will not stop," Roe, 34, told Newsweek.', ("statement", "Jane Roe")),
    ('In a statement to Newsweek, the group said: "We will not stop."', ("statement", "Never Again Action")),
    ('"We will not stop," tweeted Rep. Ilhan Omar (D-Minn.).', ("statement", "Ilhan Omar")),
    ('Omar tweeted: "We will not stop."', ("statement", "Ilhan Omar")),
    ('"We will not stop," reads a statement from Never Again Action.', ("statement", "Never Again Action")),
    ('"We will not stop," added Roe, who was arrested in 2019.', ("statement", "Jane Roe")),
    ('Roe, speaking through a translator, said: "We will not stop."', ("statement", "Jane Roe")),
    ('As one protester put it: "We will not stop."', ("statement", None)),
    ('"We will not stop," said one of the organizers, Jane Roe.', ("statement", "Jane Roe")),
    ('"We will not stop," organizers said in a statement.', ("statement", None)),
    ('Never Again Action said it would "not stop until the camps close."', ("statement", "Never Again Action")),
    ('"We will not stop," Omar wrote on X, adding that she would visit the camps.', ("statement", "Ilhan Omar")),
    ('Asked what comes next, Roe did not hesitate: "We will not stop."', ("statement", "Jane Roe")),
    ('Protesters marched, and union organizer Mary Poe said "we are everywhere now."', ("statement", "Mary Poe")),
    ('The march was led by Never Again Action, which said it would "keep coming back."', ("statement", "Never Again Action")),
    ('After each name, the crowd answered "Presente."', ("slogan", None)),
    ('Roe had painted "Free them all" on a bedsheet.', ("slogan", "Jane Roe")),
    ('Others held signs ("Let them go," one said).', ("slogan", None)),
    ('The words "Never again is now" were painted on a bedsheet.', ("slogan", None)),
    ('"Abolish ICE," declared a banner stretched across the bridge.', ("slogan", None)),
    ('"Enough is enough," read one homemade sign.', ("slogan", None)),
    ('"Enough is enough," read the sign Jane Roe carried.', ("slogan", "Jane Roe")),
    ('"Why not now?" Roe asked.', ("statement", "Jane Roe")),
    ('"Why not now?" Roe asked the crowd, to applause.', ("statement", "Jane Roe")),
    ('The sign, held by 8-year-old Mia Chen, read: "Let my friends stay."', ("slogan", "Mia Chen")),
    ('"We\'re here, we\'re queer, get used to it!" was the chant of the afternoon.', ("slogan", None)),
    ('A giant inflatable rat bore the words "Union busters."', ("slogan", None)),
    ('The crowd booed, then broke into "Which side are you on?"', ("slogan", None)),
    ('Members of the crowd yelled "Shame!" at lawmakers.', ("slogan", None)),
    ('In a post on X, formerly Twitter, Never Again Action wrote: "We will not stop."',
     ("statement", "Never Again Action")),
    ('Omar posted on X that the march was "a day off dressed up as activism."', ("statement", "Ilhan Omar")),
    ('Atlanta police said in a post that "all participants are expected to remain peaceful."',
     ("statement", "Atlanta police")),
    ('Police in Atlanta said "all participants are expected to remain peaceful."', ("statement", None)),
    ('Students for Justice in Palestine said "all participants are expected to remain peaceful."',
     ("statement", "Students for Justice in Palestine")),
    ('Roe posted a video of the crowd chanting "Free them all."', ("slogan", None)),
    ('A police officer shoved a marcher. "Get back," he said.', ("statement", None)),
    ('A man approached Roe. "Go home," she said.', ("statement", "Jane Roe")),
    ('Jim "Sonny" Morales, 68, is from Burlington. "They were working men," he said.', ("statement", "Jim Morales")),
    ('Luis Morales is a worker from Burlington. Morales said he "had lost two friends."', ("statement", "Luis Morales")),
    ("Omar's office called the march \"a political stunt\" in a statement.", ("statement", "Ilhan Omar")),
    ("Some wore badges saying 'I'm on strike, ask me why'.", ("slogan", None)),
    ("Another commuter, a builder who gave his name only as Dave, was less sympathetic. 'Try working on a site,' he said.",
     ("statement", "Dave")),
    ("A spokesperson for the mayor, Sadiq Khan, said he 'wants to see both sides back round the table'.",
     ("statement", None)),
    ('Roe said the group would return. "We will not stop."', ("statement", "Jane Roe")),
    ('Roe was blunt: "We will not stop."', ("statement", "Jane Roe")),
    ('Roe\'s message was simple: "We will not stop."', ("statement", "Jane Roe")),
    ('Said Roe: "We will not stop."', ("statement", "Jane Roe")),
    ('The crowd roared when Roe said "we will not stop."', ("statement", "Jane Roe")),
    ('The group released a statement Sunday. "We will not stop," the statement said.',
     ("statement", "Never Again Action")),
    ('Omar posted a letter to the governor. "We will not stop," the letter said.', ("statement", "Ilhan Omar")),
    ('"We will not stop." \u2014 Jane Roe', ("statement", "Jane Roe")),
    ('Representatives for Amazon said the company "follows the law."', ("statement", None)),
])
def test_attribution_shape(sentence, expected):
    quotes = extract_from_paragraphs([CONTEXT, sentence])
    assert [(q.kind, q.speaker) for q in quotes] == [expected], sentence


@pytest.mark.parametrize("sentence, slogans", [
    ('Signs ranged from "Abolish ICE" to "Free them all."', ["Abolish ICE", "Free them all."]),
    ('Messages chalked on the sidewalk included "Families belong together" and "No human is illegal."',
     ["Families belong together", "No human is illegal."]),
    ('Protesters projected "Shame" onto the side of the building.', ["Shame"]),
    ('Painted on the plywood covering the windows: "Black Lives Matter."', ["Black Lives Matter."]),
    ('Someone had chalked a single word on the sidewalk in front of them: "Presente."', ["Presente."]),
    ('Signs demanded "Justice for Sonya."', ["Justice for Sonya."]),
    ('Flags with "Free Palestine" written on them fluttered above the crowd.', ["Free Palestine"]),
    ('Some shirts said "Nurses against cuts"; others, "Patients over profits."',
     ["Nurses against cuts", "Patients over profits."]),
    ('A message spelled out in candles on the lawn: "Never again."', ["Never again."]),
    ('The group\'s banner \u2014 "Jews say never again" \u2014 hung from the balcony.', ["Jews say never again"]),
])
def test_written_surfaces_carry_slogans(sentence, slogans):
    quotes = extract_from_paragraphs([CONTEXT, sentence])
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [("slogan", None, text) for text in slogans]


@pytest.mark.parametrize("sentence, slogans", [
    ('"Free Palestine" echoed through the streets.', ["Free Palestine"]),
    ('Marchers repeated "Not in our name" as they passed the building.', ["Not in our name"]),
    ('The words "Never again" were shouted again and again.', ["Never again"]),
    ('A drum line kept the beat as marchers called out "Housing now."', ["Housing now."]),
    ('Fans joined in a song, to the tune of "Yellow Submarine": "We all live in a club we can\'t afford."',
     ["We all live in a club we can't afford."]),
    ('Every few minutes someone would start up "Chase Bank, you can\'t hide," and the sitters would join in.',
     ["Chase Bank, you can't hide,"]),
    ('Chants of "My body, my choice" rolled through the crowd, answered by "Her body, her choice" from the men.',
     ["My body, my choice", "Her body, her choice"]),
    ('The signs were as varied as the marchers: some were printed by the union ("Bans off our bodies"), '
     'some were scrawled on pizza boxes ("I can\'t believe I still have to protest this").',
     ["Bans off our bodies", "I can't believe I still have to protest this"]),
])
def test_crowds_voices_carry_slogans(sentence, slogans):
    quotes = extract_from_paragraphs([CONTEXT, sentence])
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [("slogan", None, text) for text in slogans]


def test_a_sign_list_under_one_cue_is_all_slogans():
    quotes = extract_from_paragraphs([CONTEXT, 'Some held signs with slogans like "Melt ICE" and "Close the camps."'])
    assert [(q.kind, q.text) for q in quotes] == [("slogan", "Melt ICE"), ("slogan", "Close the camps.")]


def test_another_sign_after_an_aside_is_still_a_sign():
    quotes = extract_from_paragraphs([CONTEXT, 'Banners hung from the trees. One read "Divest now," and another, '
                                               'strung between two oaks, said "Our tuition, their bombs."'])
    assert [(q.kind, q.text) for q in quotes] == [("slogan", "Divest now,"), ("slogan", "Our tuition, their bombs.")]


def test_a_call_and_response_chant_is_the_crowds_not_the_last_speakers():
    quotes = extract_from_paragraphs([CONTEXT, '"We will not stop," Roe said.',
                                      'They start again: "What do we want? Justice! When do we want it? Now!"'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Jane Roe"), ("slogan", None)]


@pytest.mark.parametrize("sentence", [
    'Marchers sang "We Shall Overcome" as they crossed the bridge.',  # a song's title
    'She used the words "never again" twice in her speech.',  # a quoted term
    'A man in the crowd yelled "Liar!" at the governor.',  # one person's single word
    'Protesters gathered under the banner of "No Kings Day."',  # an event's name
    'The group, which calls itself "the resistance," meets weekly.',  # a name it goes by
    'The administration has defended its "zero tolerance" policy at the border.',  # a term in a noun phrase
    'The organizers\' "people\'s budget" would cut police funding by half.',
    'Roe was charged with "obstructing the highway" and released.',  # a charge, not her words
    'Tenants want an end to what they called "harassment evictions."',  # a term, AP's period inside
])
def test_not_a_quotation(sentence):
    assert extract_from_paragraphs([CONTEXT, sentence]) == []


def test_a_term_the_sentence_attributes_is_kept():
    quotes = extract_from_paragraphs([CONTEXT, 'Never Again Action said its "peaceful occupation" would continue.'])
    assert [(q.text, q.speaker) for q in quotes] == [("peaceful occupation", "Never Again Action")]


def test_a_shared_surname_is_the_person_named_in_their_own_right():
    quotes = extract_from_paragraphs([
        "Among the first in line was Belkis Terán, mother of Manuel Esteban Paez Terán, who was killed in January.",
        '"My child loved that forest," Terán said.'])
    assert [q.speaker for q in quotes] == ["Belkis Terán"]


def test_a_shared_surname_is_the_one_who_spoke_last():
    quotes = extract_from_paragraphs([
        'Aisha Okafor said: "We march today."', 'Her brother, Keisha Okafor, said: "We march tomorrow."',
        '"And every day after," Okafor said.'])
    assert [q.speaker for q in quotes] == ["Aisha Okafor", "Keisha Okafor", "Keisha Okafor"]


def test_the_call_a_crowd_answers_is_part_of_the_chant():
    quotes = extract_from_paragraphs([CONTEXT, 'A woman with a megaphone leads them. "Whose forest?" she calls. '
                                               'The crowd shouts back: "Our forest!"'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


def test_a_pronoun_means_someone_named_before_it_not_later_in_its_sentence():
    quotes = extract_from_paragraphs([
        'Jane Roe said: "We march."',
        'She told reporters the strike could end if the mayor, Tom Baker, agreed to talk. "The ball is in his court," she said.',
        'Baker said he would not. "My door is open," he said.'])
    assert [q.speaker for q in quotes] == ["Jane Roe", "Jane Roe", "Tom Baker"]


def test_an_introduction_after_then_names_the_next_paragraphs_speaker():
    quotes = extract_from_paragraphs([
        "Jane Roe, 84, said she would not apply for a permit. Then she read from a letter she had written to the mayor:",
        '"Madam Mayor, do you remember what it felt like to be told to go home?"'])
    assert [q.speaker for q in quotes] == ["Jane Roe"]


def test_the_unions_president_is_a_person_not_the_union():
    quotes = extract_from_paragraphs([
        '"I want the money," Darnell Simmons says.',
        "The union's president, Shawn Fain, has made the demands plain. At a rally last week, "
        'he wore a T-shirt that read "Eat the Rich."'])
    assert [q.speaker for q in quotes] == ["Darnell Simmons", "Shawn Fain"]


def test_an_unnamed_person_in_a_later_clause_is_who_she_means():
    quotes = extract_from_paragraphs([
        '"They\'ll live," Tonya Harris says.',
        'A pickup truck stops at the gate and a woman hands out coffee. "My dad was in the union," she says.'])
    assert [q.speaker for q in quotes] == ["Tonya Harris", None]


@pytest.mark.parametrize("attribution, speaker", [
    ("the 42-year-old said", "Maria Lopez"),
    ("the nurse added", "Maria Lopez"),
    ("the councillor said", "Tom Smith"),
    ("the Labour councillor said", "Tom Smith"),
    ("the activist said", None),  # nobody was described as one
])
def test_a_description_means_the_person_it_was_given_to(attribution, speaker):
    quotes = extract_from_paragraphs([
        "Maria Lopez, 42, a nurse from Leeds, joined the march. Tom Smith, a Labour councillor, spoke first.",
        f'"We are exhausted," {attribution}.'])
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize("paragraphs, speaker", [
    (["Amazon declined to comment.", '"We respect the right to protest," it said later in an email.'], "Amazon"),
    (["Never Again Action issued a statement.", 'Its statement continued: "We will be back."'], "Never Again Action"),
])
def test_a_body_asked_for_comment_is_what_it_means_later(paragraphs, speaker):
    quotes = extract_from_paragraphs([CONTEXT] + paragraphs)
    assert [q.speaker for q in quotes] == [speaker]


def test_she_is_the_person_introduced_after_whoever_spoke_last():
    quotes = extract_from_paragraphs([
        '"The doors of dialogue are open," Arjun Munda told reporters.',
        "At the border, elderly farmers sat beside their tractors. Gurmeet Kaur, 67, had travelled from Bathinda.",
        '"We can do it again," she said.'])
    assert [q.speaker for q in quotes] == ["Arjun Munda", "Gurmeet Kaur"]


@pytest.mark.parametrize("sentence, speaker", [
    ('Pastor Darnell Wilkes led the crowd in prayer and then in a chant: "Release the tapes!"', "Darnell Wilkes"),
    ('Young men waved flags and shouted "Kisan Mazdoor Ekta Zindabad" as the convoy moved.', None),
])
def test_who_leads_a_chant_and_who_shouts_one(sentence, speaker):
    quotes = extract_from_paragraphs([CONTEXT, sentence])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", speaker)]


@pytest.mark.parametrize("sentence, slogans", [
    ('Her favorite sign of the day? "Keep your rosaries off my ovaries."', ["Keep your rosaries off my ovaries."]),
    ('The most common sign, by far, was "Ceasefire now."', ["Ceasefire now."]),
    ('Everywhere there were signs. "Abolish ICE." "Families belong together."', ["Abolish ICE.", "Families belong together."]),
    ('There were signs for every taste, from the earnest ("Science is real") to the profane.', ["Science is real"]),
    ('The crowd held signs aloft. Most said some version of "Bring them home."', ["Bring them home."]),
])
def test_words_after_signs_with_nobody_said_to_speak_are_the_signs(sentence, slogans):
    quotes = extract_from_paragraphs([CONTEXT, sentence])
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [("slogan", None, text) for text in slogans]


@pytest.mark.parametrize("sentence, speaker", [
    ('Roe held a sign. "It took me all night," she said.', "Jane Roe"),
    ('Protesters held signs. "We are tired," said Jane Roe.', "Jane Roe"),
    ('A spokesperson for the city said signs were allowed. "We support free speech."', None),
    ('Roe said signs were banned inside. "It is absurd."', "Jane Roe"),
    ('Signs were banned inside the hall, so Roe spoke plainly: "We will not stop."', "Jane Roe"),
    ('The turnout was a sign of anger. "We are done waiting."', None),
])
def test_words_after_signs_that_someone_says_are_statements(sentence, speaker):
    quotes = extract_from_paragraphs([CONTEXT, sentence])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", speaker)]


@pytest.mark.parametrize("sentence, speaker", [
    ('Roe, holding a sign, said "we will win."', "Jane Roe"),
    ('Roe, holding a sign, told reporters "we will win."', "Jane Roe"),
    ('Roe held up her sign and told the crowd: "We will win."', "Jane Roe"),
    ('Organizers handed out signs and warned marchers to "stay on the sidewalk."', None),
])
def test_someone_holding_a_sign_who_speaks_says_a_statement(sentence, speaker):
    quotes = extract_from_paragraphs([CONTEXT, sentence])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", speaker)]


def test_a_colon_clause_that_names_nobody_continues_nobody():
    quotes = extract_from_paragraphs([
        CONTEXT, '"It is more like a lottery where nobody wins," Roe said.',
        'City workers posted notices. The notices were taped to tents and poles: "This campsite will be removed."'])
    assert [q.speaker for q in quotes] == ["Jane Roe", None]


def test_an_age_describes_its_person_many_paragraphs_later():
    quotes = extract_from_paragraphs(
        ["Darius Cole, 47, a former line cook, keeps a clipboard."] + ["The city says it has beds."] * 10
        + ['"They will clear it," the 47-year-old said.'])
    assert [q.speaker for q in quotes] == ["Darius Cole"]


def test_a_sign_carrier_named_by_a_possessive_is_credited():
    quotes = extract_from_paragraphs([CONTEXT, 'Roe\'s placard, in thick black marker, said it plainly: "Tax the rich."',
                                      'Her tractor bore a hand-painted sign: "Our end = your hunger".'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Jane Roe"), ("slogan", "Jane Roe")]


def test_a_trailing_attribution_names_who_reported_speaking():
    # "He has not eaten, she said." is her speech: she must not become a "he"
    quotes = extract_from_paragraphs([
        "A woman handed me a candle. Her name was Denise Carter, and her son, Malik, is in prison. "
        "He has not eaten in 11 days, she said.",
        'By 2 a.m. few were left. Carter was still there. "I am not going anywhere," she told me.'])
    assert [q.speaker for q in quotes] == ["Denise Carter"]


def test_an_unnamed_person_named_later_in_the_paragraph_is_who_he_means():
    quotes = extract_from_paragraphs([
        CONTEXT,
        "Around midnight, a man stepped forward and began to pray aloud. His name, I learned later, "
        "was Pastor Leon Simmons.",
        '"Lord, soften hearts tonight," he prayed.'])
    assert [q.speaker for q in quotes] == ["Leon Simmons"]


def test_a_sign_that_had_two_words():
    quotes = extract_from_paragraphs([CONTEXT, 'One just had two words, in red: "Feed them."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_speaker_who_repeats_words_is_not_the_last_source():
    quotes = extract_from_paragraphs([
        CONTEXT, 'The ministry said those detained were "under investigation for other offenses."',
        'The statement was read aloud from the stage. "Other offenses," the speaker repeated, and the crowd booed.'])
    assert [q.speaker for q in quotes] == [None, None]


def test_an_unnamed_coalition_is_not_one_of_its_members():
    quotes = extract_from_paragraphs([
        "A coalition of civil rights and faith groups on Wednesday condemned the arrests.",
        "The coalition, which includes the New York Civil Liberties Union, the Council on American-Islamic "
        'Relations and Jewish Voice for Peace, said the students had been "peacefully exercising their rights."',
        'CAIR went further. In a post on social media, it accused the university of "criminalizing solidarity."'])
    assert [q.speaker for q in quotes] == [None, "CAIR"]


def test_a_person_set_off_after_a_role_is_a_person_even_after_the_word_group():
    quotes = extract_from_paragraphs([
        '"It is a last resort," said Donna Lieberman.',
        "The group called on the university's president, Minouche Shafik, to resign.",
        'Shafik said she acted "with extreme regret." "These are extraordinary circumstances," she wrote.'])
    assert [q.speaker for q in quotes] == ["Donna Lieberman", "Minouche Shafik", "Minouche Shafik"]


def test_a_plural_subject_of_a_later_clause_is_who_spoke_not_the_sentences_first_word():
    quotes = extract_from_paragraphs([
        "Train drivers walked out at dawn.",
        'Trains, schools and refineries were shut as unions called for the country to be brought "to a standstill."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", None)]


def test_an_unnamed_woman_who_leads_a_call_and_response_is_who_she_means():
    quotes = extract_from_paragraphs([
        '"It is not over," said Tara Houska.',
        "They joined a circle around the fire, and then a young woman led a call and response: "
        "\u201cMni wiconi!\u201d she called, and the circle answered, \u201cWater is life!\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("statement", "Tara Houska"), ("slogan", None), ("slogan", None)]


def test_an_unnamed_person_after_an_opening_phrase_is_who_she_means():
    quotes = extract_from_paragraphs([
        '"It is not over," said Tara Houska.',
        'At the front of the march, a woman took the megaphone. "Water is sacred," she said.'])
    assert [q.speaker for q in quotes] == ["Tara Houska", None]


@pytest.mark.parametrize("paragraph, expected", [
    ("Sentencing them on Thursday, District Judge Sarah Turnock told the pair: 'That cannot be brushed aside.'",
     [("statement", "Sarah Turnock")]),
    ("Jared Keenan, the ACLU's legal director, said the rules \"chilled protest in the city.\"",
     [("statement", "Jared Keenan")]),
    ("Judge Sarah Turnock spoke. But she added that they did not pose 'a risk to the public'.",
     [("statement", "Sarah Turnock")]),
])
def test_an_opening_participle_or_conjunction_is_not_the_subject(paragraph, expected):
    quotes = extract_from_paragraphs([CONTEXT, paragraph])
    assert [(q.kind, q.speaker) for q in quotes] == expected


def test_a_gloss_between_two_chants_keeps_them_under_one_cue():
    quotes = extract_from_paragraphs([
        CONTEXT, 'Protesters packed the street, chanting "De-mo-kra-tia!" \u2014 Hebrew for democracy \u2014 '
                 'and "Shame!" as drummers kept time.'])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("De-mo-kra-tia!", "slogan", None), ("Shame!", "slogan", None)]


def test_a_quote_split_twice_is_one_quotation():
    quotes = extract_from_paragraphs([
        '"I have never been to a protest," said Miriam Levy. "I am here for her," she said, '
        'pointing to the girl, "so she will have a country to live in."'])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("I have never been to a protest, I am here for her, so she will have a country to live in.", "Miriam Levy")]


def test_they_after_a_sentence_about_t_shirts_means_the_shirts():
    quotes = extract_from_paragraphs([
        CONTEXT, 'Roe said the group would be back. Their T-shirts, she said, were already ordered. '
                 'They will say "Born in Greenville."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_street_is_not_the_person_a_pronoun_means():
    quotes = extract_from_paragraphs([
        "More than 300 people lined Main Street on Saturday.",
        "Kelsey Brandt, 29, stood at the corner of Main and Fourth with her husband. "
        'Her sign asked: "Where will my baby be born?"'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Kelsey Brandt")]


def test_a_person_in_a_relative_clause_after_a_group_is_not_the_group():
    quotes = extract_from_paragraphs([
        '"I want them to be angry," said Teresa Casta\u00f1eda.',
        "The march was organized by Mothers Against Pretrial Detention, a group Casta\u00f1eda helped found.",
        'On the last stretch the women began to sing. Their voices were hoarse, but they sang "No tengo miedo" over and over.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Teresa Casta\u00f1eda"), ("slogan", None)]


def test_the_sign_a_named_person_carried_in_the_sentence_before_is_theirs():
    quotes = extract_from_paragraphs([
        '"It hurts," said Graciela Ybarra.',
        "Ybarra carried the same sign the whole way, a piece of poster board she had laminated. "
        'It read: "Justice delayed is justice denied."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Graciela Ybarra"), ("slogan", "Graciela Ybarra")]


@pytest.mark.parametrize("paragraphs, expected", [
    (['A man in his fifties who identified himself as Mr. Lam said he had brought his son. '
      '"I want him to see that his father stood up," he said.'], ["Lam"]),
    (['A woman who gave her name as Maria Lopez said: "We are tired."'], ["Maria Lopez"]),
])
def test_an_unnamed_person_who_names_themselves_is_that_name(paragraphs, expected):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT] + paragraphs)] == expected


@pytest.mark.parametrize("paragraph, expected", [
    ('The chant that carried furthest was the simplest. "No kings! No kings!" rolled down the avenue.',
     [("slogan", None)]),
    ('Then someone started a new chant, which spread quickly through the circle: "We\'ll be back! We\'ll be back!"',
     [("slogan", None)]),
    ('He was followed by state Rep. Elisabeth Epps, who led a call of "Whose democracy?" that the crowd answered '
     'with "Our democracy!"', [("slogan", "Elisabeth Epps"), ("slogan", None)]),
    ('Many carried signs that said "On strike." Others had made their own. One read "I can\'t pour from an empty cup." '
     'Another, in thick black marker: "Ask me about my 14-hour shift."', [("slogan", None)] * 3),
    ('Marchers carried a banner: "Not a man." Behind them, a brass band played "When the Saints Go Marching In."',
     [("slogan", None)]),
])
def test_chants_signs_and_tunes_described_in_passing(paragraph, expected):
    quotes = extract_from_paragraphs([CONTEXT, paragraph])
    assert [(q.kind, q.speaker) for q in quotes] == expected


def test_the_health_system_is_the_body_that_just_spoke():
    quotes = extract_from_paragraphs([
        CONTEXT, "HealthPartners, which operates Regions, said all units remained open. "
                 '"Patient care continues uninterrupted," the health system said in a statement.'])
    assert [q.speaker for q in quotes] == ["HealthPartners"]


def test_a_second_role_in_an_apposition_is_no_unnamed_person():
    quotes = extract_from_paragraphs([
        CONTEXT, "Mary Turner, president of the Minnesota Nurses Association and an intensive care nurse at North "
                 'Memorial, addressed the picket line. "There is always money for bonuses," she shouted.'])
    assert [q.speaker for q in quotes] == ["Mary Turner"]


@pytest.mark.parametrize("text, chant", [
    ("No kings! No kings!", True), ("Keep it open, keep it open!", True), ("Shame! Shame! Shame!", True),
    ("We will not stop. We will not stop until they listen.", False), ("No.", False),
])
def test_a_short_cry_said_over_and_over_is_a_chant_form(text, chant):
    from pullquotes.attribution import is_chant_form

    assert is_chant_form(text) is chant


def test_a_repeated_cry_with_nobody_said_to_speak_it_is_a_chant():
    quotes = extract_from_paragraphs([CONTEXT, 'The march reached the Capitol at noon. "No kings! No kings!"'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


@pytest.mark.parametrize("paragraphs, expected", [
    (['As the vote was announced, the crowd broke into applause and someone shouted "Thank you!" from the balcony.'],
     [("statement", None)]),
    (['The crowd broke into a chant: "We are the people!"'], [("slogan", None)]),
    (["The petition, posted online Monday by the campus chapter of the American Association of University "
      'Professors, reads in part: "We ask the administration to drop all charges immediately."'],
     [("statement", "American Association of University Professors")]),
    (["The Lakeshore Ledger, the student newspaper, called in an editorial for the charges to be dropped. "
      '"A university that punishes its students has forgotten what it is for," the editorial board wrote.'],
     [("statement", "Lakeshore Ledger")]),
])
def test_one_shouter_a_petition_s_author_and_an_editorial_board(paragraphs, expected):
    quotes = extract_from_paragraphs([CONTEXT] + paragraphs)
    assert [(q.kind, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    (["A spokesman for Calderdale and Huddersfield NHS Foundation Trust said no decision had been taken. "
      "'We are listening to everyone's views,' he said."], [("statement", None)]),
    (["Barry Sheerman, the town's former Labour MP, joined the march with his grandson. "
      "He described the proposals as 'an act of vandalism' against the town."], [("statement", "Barry Sheerman")]),
    (["Among the youngest marchers was seven-year-old Amelia, who carried a hand-drawn sign that read "
      "'My nana works here'."], [("slogan", "Amelia")]),
])
def test_a_body_named_with_and_an_office_and_a_one_name_sign_carrier(paragraphs, expected):
    quotes = extract_from_paragraphs([CONTEXT] + paragraphs)
    assert [(q.kind, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    (["A woman I'd never seen before handed me a candle. \"His mother asked people to come,\" she said."],
     [("statement", None)]),
    (["She read her son's name, and the crowd said it back to her: \"Marcus Anthony Bell.\""], [("slogan", None)]),
    (['Somebody had taped a sign to the courthouse door. It said, in blue marker, "Say his name."'],
     [("slogan", None)]),
    (["Most of them had never met Marcus Bell, the 19-year-old who died in the jail.",
      "The sheriff, Tom Reddick, did not come. His office has said only that Marcus \"was found unresponsive in "
      'his cell."'], [("statement", "Tom Reddick")]),
    (['"We are not going away," said Joe Blott.',
      "The club said in a statement that the prices were necessary. \"We have frozen prices for three seasons,\" "
      "the statement said."], [("statement", "Joe Blott"), ("statement", None)]),
])
def test_a_column_s_i_a_crowd_s_answer_a_taped_sign_his_office_and_an_unnamed_club_s_statement(paragraphs, expected):
    quotes = extract_from_paragraphs([CONTEXT] + paragraphs)
    assert [(q.kind, q.speaker) for q in quotes] == expected


def test_an_age_given_for_the_first_time_is_the_person_just_named():
    quotes = extract_from_paragraphs([
        "Laura Chen lost her son, Ethan, a year later.",
        "Chen's husband, Michael, stood at the back of the crowd. The 45-year-old said the family still sets "
        "a place for Ethan at Thanksgiving.",
        '"We don\'t know what else to do," he said.'])
    assert [q.speaker for q in quotes] == ["Michael"]


def test_a_quoted_subheading_is_not_a_quotation_but_a_quoted_cry_is():
    quotes = extract_from_paragraphs([
        "More than 100 tenants stopped paying rent this month.",
        "'We're done asking'",
        '"We\'re done asking," said Sharon Ellis. "Now we\'re telling."',
        '"Housing is a human right!"'])
    assert [(q.text, q.kind) for q in quotes] == [
        ("We're done asking, Now we're telling.", "statement"), ("Housing is a human right!", "statement")]


@pytest.mark.parametrize("paragraph, expected", [
    ('"If they send me back, they send me back," she shrugs. "But the food is better now."', ("statement", "Jane Roe")),
    ('"We are not alone," Roe translates, and then sings a few bars, quietly.', ("statement", "Jane Roe")),
    ('"It was a long night," Roe laughs.', ("statement", "Jane Roe")),
])
def test_feature_verbs_that_carry_a_quotation(paragraph, expected):
    quotes = extract_from_paragraphs([CONTEXT, "Roe sat on the porch.", paragraph])
    assert [(q.kind, q.speaker) for q in quotes] == [expected]


def test_a_shirt_worn_by_a_speaker_and_a_call_he_shouts_for_the_crowd_to_answer():
    quotes = extract_from_paragraphs([
        'UAW President Shawn Fain, wearing a red T-shirt that read "Eat the rich," told the crowd that the companies '
        'had made "record profits on our backs" and could afford the demands.',
        'Fain then led the crowd in a call-and-response. "No deal!" he shouted. "No wheels!" the crowd roared back.'])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("Eat the rich,", "slogan", "Shawn Fain"), ("record profits on our backs", "statement", "Shawn Fain"),
        ("No deal!", "slogan", "Shawn Fain"), ("No wheels!", "slogan", None)]


@pytest.mark.parametrize("paragraphs, expected", [
    (['The mayor, Andre Dickens, said turnout was a record. "Atlanta shows up," the mayor said.'],
     [("statement", "Andre Dickens")]),
    (["Nearly 2,000 workers at Mercy General Hospital walked off the job on Tuesday."]
     + ["The strike was the first in the hospital's history."] * 8
     + ['The hospital said its offer, which it called "the strongest package in our history," was fair.'],
     [("statement", "Mercy General Hospital")]),
    (['Marchers sang "We Shall Overcome" as they turned onto Auburn Avenue, and then '
      '"Ain\'t gonna let nobody turn me around," their voices echoing off the buildings.'], [("slogan", None)]),
])
def test_the_mayor_named_in_apposition_a_general_hospital_far_back_and_sung_lyrics(paragraphs, expected):
    quotes = extract_from_paragraphs([CONTEXT] + paragraphs)
    assert [(q.kind, q.speaker) for q in quotes] == expected


def test_list_items_after_an_introduction_naming_signs_or_chants_are_slogans():
    html = ("<p>Some of the signs we saw:</p><ol><li>\u201cHands off my Social Security\u201d</li>"
            "<li>\u201cFund the IRS, not billionaires\u201d</li></ol>"
            "<p>Chants heard along the route included:</p><ul><li>\u201cHousing is a human right!\u201d</li></ul>"
            "<ul><li>\u201cWe will win,\u201d said Jane Roe.</li></ul>")
    assert [(q.text, q.kind, q.speaker) for q in extract_quotes(html)] == [
        ("Hands off my Social Security", "slogan", None), ("Fund the IRS, not billionaires", "slogan", None),
        ("Housing is a human right!", "slogan", None), ("We will win,", "statement", "Jane Roe")]


def test_plain_lines_that_are_only_a_quotation_after_signs_are_named_are_its_items():
    quotes = extract_from_paragraphs(["Some of the signs we saw:", '"Hands off my Social Security"', '"Fund the IRS"',
                                      "Marianne Cole came from Baltimore.", "'We are done asking'"])
    assert [(q.text, q.kind) for q in quotes] == [("Hands off my Social Security", "slogan"), ("Fund the IRS", "slogan")]


def test_a_name_on_what_someone_wears_is_not_theirs():
    quotes = extract_from_paragraphs([
        CONTEXT, 'A man in a Revolutionary War costume rang a handbell and called out, every few minutes, '
                 '"The people are the government!"'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", None)]


@pytest.mark.parametrize("paragraph, kept", [
    ('The crowd\'s main chant, "Pumpaj!" \u2014 roughly "Pump it up!" \u2014 echoed across the square.', ["Pumpaj!"]),
    ('Marchers sang "On est l\u00e0, on est l\u00e0" \u2014 "We are here, we are here" \u2014 as they passed.',
     ["On est l\u00e0, on est l\u00e0"]),
    ('Signs read "No war" and "No more."', ["No war", "No more."]),
])
def test_a_reporter_s_translation_right_after_a_quotation_is_not_one(paragraph, kept):
    assert [q.text for q in extract_from_paragraphs([CONTEXT, paragraph])] == kept


@pytest.mark.parametrize("paragraphs, expected", [
    (['Family members read names, one by one, while the crowd responded after each: "\u00a1Presente!"'],
     [("slogan", None)]),
    (['Activists from Greenpeace and Extinction Rebellion sat on the tarmac, holding banners reading '
      '"Restrict aviation" and "More trains, fewer planes."'], [("slogan", None), ("slogan", None)]),
    (["One protester, 67-year-old retired teacher Hans de Vries, said he had never been arrested before. "
      '"If my grandchildren ask me what I did, I want to have an answer," he said.'], [("statement", "Hans de Vries")]),
])
def test_a_crowd_s_answer_after_each_a_crowd_s_banners_and_a_described_protester(paragraphs, expected):
    quotes = extract_from_paragraphs([CONTEXT] + paragraphs)
    assert [(q.kind, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize("paragraph, expected", [
    ('The group, Palestine Action, said in a statement that its members had "shut down" the factory, which it said '
     'produced drone parts. "Every drone that leaves this site is a weapon of war," the statement said.',
     ["Palestine Action", "Palestine Action"]),
    ('"We will not stop," Roe, who has lived in the city for 30 years, said.', ["Jane Roe"]),
])
def test_a_say_verb_inside_a_relative_clause_after_a_quotation_is_not_its_cue(paragraph, expected):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT, paragraph])] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    (["The lawsuit, filed by the ACLU of Ohio, the NAACP Columbus branch and the Ohio Student Association, argues "
      'that the fees amount to "a tax on the First Amendment."'], ["ACLU of Ohio"]),
    (['"It is a tax on speech," said Freda Levenson of the ACLU of Ohio.',
      "The city's law department said it would not comment. In an earlier statement, it said the fees covered "
      '"only the actual costs of keeping people safe."'], ["Freda Levenson", None]),
    (["The lawsuit was filed by the ACLU of Ohio and the Ohio Student Association.",
      "The student group said it had canceled two rallies. \"We're college students,\" the group wrote on Instagram."],
     ["Ohio Student Association"]),
])
def test_a_lawsuit_s_filers_an_unnamed_department_and_the_student_group(paragraphs, expected):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT] + paragraphs)] == expected


@pytest.mark.parametrize("paragraph, expected", [
    ('"If I had been driving, he would have been born on Highway 1," she said. "In January."',
     ["If I had been driving, he would have been born on Highway 1, In January."]),
    ('When Roe mentioned Amazon, the crowd booed. "That\'s right," Roe said, smiling. "Boo."', ["That's right, Boo."]),
    ('"Boo."', []),
])
def test_a_short_end_of_a_split_quote_joins_it(paragraph, expected):
    assert [q.text for q in extract_from_paragraphs([CONTEXT, paragraph])] == expected


def test_signs_named_at_the_end_of_the_paragraph_before():
    quotes = extract_from_paragraphs([
        CONTEXT, "In their place were green bandanas and a sea of handmade signs.",
        '"Keep your laws off my body" appeared on dozens of them. A grandmother from Baltimore carried one that said '
        '"I can\'t believe I still have to protest this." Two teenagers held up a bedsheet reading "So will we."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)] * 3


def test_a_rallying_cry_that_was_and_its_answer():
    quotes = extract_from_paragraphs([
        CONTEXT, 'The march\'s rallying cry, chanted again and again as the crowd moved down Pennsylvania Avenue, was '
                 '"My body, my choice!" \u2014 answered by men in the crowd with "Her body, her choice!"'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


def test_one_of_them_with_an_apposition_is_the_unnamed_he():
    quotes = extract_from_paragraphs([
        CONTEXT, '"We are not leaving," said Leila Haddad, a third-year student.',
        "Counter-protesters gathered across the lawn. One of them, a graduate student who declined to give his "
        'name, said he felt unsafe. "I just want to go to class," he said.',
        'Haddad said they would stay for weeks. "We brought food," she said.'])
    assert [q.speaker for q in quotes] == ["Leila Haddad", None, "Leila Haddad"]


def test_another_sign_that_reads_simply():
    quotes = extract_from_paragraphs([
        CONTEXT, "Some farmers carried placards. One, held up by a young farmer in a flat cap, said "
                 '"You eat, so you\'re involved." Another read simply: "Our end will be your hunger."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


@pytest.mark.parametrize("paragraph, expected", [
    ('Farmers chanted "Boeren, boeren!" \u2014 Dutch for "farmers" \u2014 as they marched past the police.',
     [("Boeren, boeren!", "slogan", None)]),
    ('Marchers chanted "Ya basta," Spanish for "enough already," as they passed.', [("Ya basta,", "slogan", None)]),
])
def test_a_language_s_gloss_is_no_attribution_and_no_quotation(paragraph, expected):
    assert [(q.text, q.kind, q.speaker) for q in extract_from_paragraphs([CONTEXT, paragraph])] == expected


def test_the_spokesperson_is_not_the_body_they_speak_for():
    quotes = extract_from_paragraphs([
        CONTEXT, "A spokesperson for Just Stop Oil said the sentences were 'a disgrace'.",
        "'Phoebe and Anna are not criminals,' the spokesperson added."])
    assert [(q.speaker, q.org) for q in quotes] == [(None, "Just Stop Oil"), (None, None)]


def test_a_button_one_of_them_wore_is_theirs():
    quotes = extract_from_paragraphs([
        CONTEXT, "A group of retired nurses arrived. One of them, 78-year-old Joan Keller, wore a faded union button "
                 'from the 1993 strike. It still read "Nurses united will never be defeated."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Joan Keller")]


def test_a_sign_whose_carrier_the_next_sentence_names():
    quotes = extract_from_paragraphs([
        CONTEXT, '"I can\'t believe I still have to protest this," proclaimed one sign. It was carried by Ruth '
                 "Abrams, 81, who said she had marched in 1972."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Ruth Abrams")]


@pytest.mark.parametrize("paragraph", [
    'Hospital management said in a statement that all units would stay open. "Care will continue," the statement said.',
    'University officials said: "We are watching the situation."',
])
def test_an_institution_s_common_noun_at_a_sentence_s_start_is_no_name(paragraph):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT, paragraph])] == [None]


@pytest.mark.parametrize("paragraph, expected", [
    ('"We cannot protest at home," said a 34-year-old man who moved to Britain in 2021.', None),
    ('"We cannot protest at home," said a 34-year-old man who moved to Britain in 2021 under the British National '
     '(Overseas) visa scheme and asked to be identified only by his surname, Wong.', "Wong"),
    ('"We cannot," said a woman who identified herself only as Carla, holding a photo.', "Carla"),
    ('"We cannot," said a man who called himself Brother Mark.', "Mark"),
])
def test_a_name_in_a_relative_clause_is_not_the_speaker_unless_it_names_them(paragraph, expected):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT, paragraph])] == [expected]


@pytest.mark.parametrize("paragraph", [
    '3:22 p.m. \u2014 Speaking from a flatbed truck, Rabbi Miriam Shalev told the crowd that "our grief is ours."',
    'WASHINGTON \u2014 Speaking from a flatbed truck, Rabbi Miriam Shalev told the crowd that "our grief is ours."',
    'LONDON, Oct 5 (Reuters) - Speaking from a flatbed truck, Rabbi Miriam Shalev told the crowd that "our grief is ours."',
])
def test_a_time_stamp_or_dateline_is_not_the_subject(paragraph):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT, paragraph])] == ["Miriam Shalev"]


@pytest.mark.parametrize("paragraph, expected", [
    ('Activists projected the words "Let Gaza live" onto the side of the embassy.', [("Let Gaza live", "slogan")]),
    ('They waved the blue-and-white "Liberate Hong Kong" banners of 2019.', [("Liberate Hong Kong", "slogan")]),
    ('Volunteers handed out "Abolish ICE" stickers.', [("Abolish ICE", "slogan")]),
    ('They joined the "Justice for All" march.', []),
])
def test_words_projected_or_named_before_the_signs_that_bear_them(paragraph, expected):
    assert [(q.text, q.kind) for q in extract_from_paragraphs([CONTEXT, paragraph])] == expected


def test_a_sign_held_by_someone_from_a_place_is_theirs_not_the_place_s():
    quotes = extract_from_paragraphs([
        CONTEXT, "Many carried home-made placards. One, held by 11-year-old Megan from Penarth, read "
                 "'There is no planet B'."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Megan")]


def test_a_name_after_the_is_no_one_a_she_can_mean():
    quotes = extract_from_paragraphs([
        CONTEXT, "Thousands gathered outside the Senedd in Cardiff Bay.",
        "The climate change minister, Julie James, met pupils on the steps of the Senedd. She told them the "
        "government shared their 'sense of urgency'."])
    assert [q.speaker for q in quotes] == ["Julie James"]


def test_a_translation_after_a_spaced_hyphen_is_no_quotation():
    quotes = extract_from_paragraphs([
        CONTEXT, 'Others held banners reading "Fuera la ley maldita" - "Out with the cursed law."'])
    assert [(q.text, q.kind) for q in quotes] == [("Fuera la ley maldita", "slogan")]


def test_a_group_called_a_movement_is_a_body():
    quotes = extract_from_paragraphs([
        CONTEXT, "Organizers from the Tesla Takedown movement said more than 200 protests were planned. The group says "
                 'on its website that it is "a peaceful, lawful protest movement."'])
    assert [q.speaker for q in quotes] == ["Tesla Takedown"]


@pytest.mark.parametrize("paragraphs, expected", [
    (['A few counter-protesters stood at the corner.',
      '"People can protest all they want," said one of them, who would give only his first name, Rick.'], "Rick"),
    (["State Sen. Andrew Brenner argued that parents should choose. As he put it in a committee hearing last week: "
      '"The money should follow the child."'], "Andrew Brenner"),
    (["Andrew Brenner spoke first.", "Karen Whitaker, a teacher from Dayton, came with her daughters. In her words, "
      '"It\'s not a fight I wanted."'], "Karen Whitaker"),
    (['In the words of Jane Roe: "We are here."'], "Jane Roe"),
])
def test_who_gave_a_name_as_he_put_it_in_her_words(paragraphs, expected):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT] + paragraphs)] == [expected]


def test_a_poster_described_after_it_said_is_its_carrier_s():
    quotes = extract_from_paragraphs([
        CONTEXT, "Her younger daughter, Lily, 9, carried a poster she had made herself. It said, in purple glitter, "
                 '"My teacher is my hero."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Lily")]


def test_a_split_quote_joins_across_the_sign_in_its_attribution():
    quotes = extract_from_paragraphs([
        CONTEXT, '"I bought my Model 3 because I cared about the climate," said Dave Kerrigan, who stood with a sign '
                 'reading "I regret my Tesla." "Now I\'m embarrassed to drive it."'])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("I bought my Model 3 because I cared about the climate, Now I'm embarrassed to drive it.", "statement",
         "Dave Kerrigan"),
        ("I regret my Tesla.", "slogan", "Dave Kerrigan")]


def test_a_description_ending_in_a_place_names_nobody():
    quotes = extract_from_paragraphs([
        CONTEXT, 'One marcher, a 19-year-old college student from Queens, held a hand-painted sign that said '
                 '"My mom is not a criminal." She declined to give her name.', '"I\'m scared," she said.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("statement", None)]


def test_a_named_person_s_statement_read():
    quotes = extract_from_paragraphs([
        CONTEXT, "Among those detained was City Council Member Shahana Hanif.",
        "Hanif's statement read in part: \"We cannot stay on the sidewalk.\""])
    assert [q.speaker for q in quotes] == ["Shahana Hanif"]


def test_a_banner_that_asks_is_no_speaker_and_the_women_answer_together():
    quotes = extract_from_paragraphs([
        CONTEXT, "For eleven years Esperanza Ruiz has stood on the same corner.",
        "She is not alone: there are forty mothers on the corner, and the banner they hold between them asks the "
        'same question it has asked since the first week. "\u00bfD\u00f3nde est\u00e1n?" Where are they?',
        'After each name, the women answer together: "Presente."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


@pytest.mark.parametrize("paragraph, expected", [
    ('The phrase "Here to stay" was everywhere \u2014 on signs, on buttons, on a banner across the march.',
     [("Here to stay", "slogan")]),
    ('"Keep your laws off my body" appeared on dozens of signs.', [("Keep your laws off my body", "slogan")]),
    ('The word "efficiency" appeared on many signs, crossed out in red.', []),
])
def test_a_quotation_that_appears_on_signs(paragraph, expected):
    assert [(q.text, q.kind) for q in extract_from_paragraphs([CONTEXT, paragraph])] == expected


@pytest.mark.parametrize("sentence", [
    'In a televised address, Omar apologised for causing "anxiety and inconvenience" but did not resign.',
    'Omar characterized the ruling as "a victory for every family."',
])
def test_british_and_other_speech_verbs_attribute_a_fragment(sentence):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT, sentence])] == ["Ilhan Omar"]


@pytest.mark.parametrize("sentence, expected", [
    ('The operator, Go North West, said its offer was "fair and affordable".', "Go North West"),
    ('Critics call the law a "censorship machine."', None),
])
def test_the_operator_named_after_it_and_critics_named_by_nobody(sentence, expected):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT, sentence])] == [expected]


def test_a_note_taped_up_is_read_like_a_sign():
    quotes = extract_from_paragraphs([
        CONTEXT, 'A handwritten note taped to the bus shelter by a striking driver read: "Sorry for the disruption."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


@pytest.mark.parametrize("sentence, expected", [
    ('Tara Houska spoke from a pickup truck decorated with a painted banner: "Water is life."', None),
    ('Jane Roe stood under a banner reading "Abolish ICE" as she spoke.', None),
    ('Jane Roe held a banner reading "Abolish ICE" as she spoke.', "Jane Roe"),
])
def test_a_sign_beside_someone_is_not_theirs(sentence, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([CONTEXT, sentence])] == [("slogan", expected)]


def test_words_the_crowd_repeated_back_are_a_slogan():
    quotes = extract_from_paragraphs([
        CONTEXT, 'In Ojibwe, the phrase is "Nibi is life," Roe told the crowd, and the crowd repeated it back to her.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Jane Roe")]


@pytest.mark.parametrize("sentence, expected", [
    ("As the rally ended, the farmers sang \u2018Jerusalem\u2019 and drove back.", []),
    ('The fans sang "Ol\u00e9!" as the players left.', [("Ol\u00e9!", "slogan")]),
])
def test_a_one_word_song_title_is_no_quotation(sentence, expected):
    assert [(q.text, q.kind) for q in extract_from_paragraphs([CONTEXT, sentence])] == expected


def test_words_about_a_sign_are_not_its_words():
    quotes = extract_from_paragraphs([
        CONTEXT, "Several placards were seized. One, according to a police statement, carried a slogan that "
                 '"may have constituted an offence."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", None)]


def test_a_leaflet_s_words_read_across_the_top():
    quotes = extract_from_paragraphs([
        CONTEXT, "Her co-worker handed me a union leaflet. Across the top, in red capitals, it said: "
                 '"ONE JOB SHOULD BE ENOUGH."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_paragraph_of_nothing_but_short_quotations_is_a_chant():
    quotes = extract_from_paragraphs([
        CONTEXT, "A woman with a bullhorn would start one, and the line would pick it up:",
        '"What do we want?" "Contract!" "When do we want it?" "Now!"'])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("What do we want?", "slogan", None), ("Contract!", "slogan", None),
        ("When do we want it?", "slogan", None), ("Now!", "slogan", None)]


def test_an_interview_s_answers_are_the_interviewee_s():
    quotes = extract_from_paragraphs([
        CONTEXT, "Alice Sun, 34, has protested outside the showroom every Saturday.", "Why Tesla?",
        '"Because it\'s where his money comes from," Sun said.', "Do you think it works?",
        '"Sales are down. But we\'re part of it."', "What do the signs say?",
        'She held one up: "Honk if you\'re done with Elon."', "Any trouble?",
        '"A guy threw a coffee at me once," she said.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Alice Sun")] * 2 + [
        ("slogan", "Alice Sun"), ("statement", "Alice Sun")]


def test_words_added_in_marker_below_a_sign():
    quotes = extract_from_paragraphs([
        CONTEXT, 'A cardboard sign taped to a lamppost asked, "Would you want a tired nurse?" Below it, someone '
                 'had added in marker: "We are the tired nurses."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


@pytest.mark.parametrize("paragraphs, expected", [
    (["Sandra Pike had pinned a message to the back of her coat: \"Closed for good?\""], [("slogan", "Sandra Pike")]),
    (["Sandra Pike runs a haberdashery.", "Pike's neighbour, the owner of a bakery, wore a T-shirt that said "
      '"Bread not bankers". He declined to be named.'], [("slogan", None)]),
    (['"Our system is in deficit," Borne told the National Assembly.',
      "Marie, a 58-year-old nurse who did not give her last name, said she had worked 36 years. "
      '"My body is finished," she said.'], [("statement", "Borne"), ("statement", "Marie")]),
])
def test_a_pinned_message_a_neighbour_who_is_not_named_and_a_first_name_described(paragraphs, expected):
    quotes = extract_from_paragraphs([CONTEXT] + paragraphs)
    assert [(q.kind, q.speaker) for q in quotes] == expected


def test_a_banner_two_named_people_hold_is_neither_s_alone():
    quotes = extract_from_paragraphs([
        CONTEXT, "Keisha Wallace, 31, and her younger sister, Tamara Wallace, 27, stood at the front, holding a "
                 'banner with their brother\'s photograph and the words "Justice for Marcus."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_mr_and_ms_tell_apart_a_couple_who_share_a_surname():
    quotes = extract_from_paragraphs([
        CONTEXT, "Dave Green, 52, stood near the gate.", "His wife, Lisa Green, 50, said they had stayed. "
        '"We stayed," Ms. Green said.', 'At the end, Mr. Green led a chant: "Union town! Union town!"'])
    assert [q.speaker for q in quotes] == ["Lisa Green", "Dave Green"]


@pytest.mark.parametrize("sentence, expected", [
    ('The signs lined the road, where workers gathered for what organizers called a "last stand."', []),
    ('Activists accused the bank of financing what one called "a slow-motion disaster for the planet."',
     ["a slow-motion disaster for the planet."]),
])
def test_what_they_called_a_short_name_is_their_term(sentence, expected):
    assert [q.text for q in extract_from_paragraphs([CONTEXT, sentence])] == expected


def test_a_first_name_with_an_age_is_a_person_a_she_can_mean():
    quotes = extract_from_paragraphs([
        CONTEXT, 'Prime Minister Viktor Orban had warned organisers of "legal consequences".',
        "Among the marchers was Zsofia, 34, a teacher who did not want to give her last name. "
        '"I came because my students need to see that someone stands up," she said.'])
    assert [q.speaker for q in quotes] == ["Viktor Orban", "Zsofia"]


@pytest.mark.parametrize("paragraphs, speakers", [
    # An adverb opening the sentence is no name: "Afterward" said nothing.
    (["Mary Poe read a passage aloud before her time ran out. Afterward, she said the passage was "
      '"the kind of thing my son needs to know exists."'], ["Mary Poe"]),
    (['Moments later, Roe said: "We go on."'], ["Jane Roe"]),
    # A clause after a semicolon has its own subject, who "he" means next.
    (["Mary Poe spoke first.", "Drivers honked in support; one lorry driver, who gave only his first name, Karim, "
      'said he had been stuck for hours. "I understand them, but I have deliveries," he said.'], ["Karim"]),
    # An aside before the quote names its speaker, not the sentence's subject.
    (["The majority leader, Kimani Ichung'wah, defended the bill. "
      'The taxes were needed, he said, "to stop borrowing to pay salaries."'], ["Kimani Ichung'wah"]),
    # A phrase after an embedded quote is not its attribution.
    (['Amnesty International Kenya said in a statement that officers had used "excessive and unlawful force" '
      "against peaceful protesters and called for an inquiry."], ["Amnesty International Kenya"]),
    # "Another protester, Brian Otieno," is Otieno, sign and all.
    (['One man carried a sign: "No jobs." Another protester, Brian Otieno, had painted "Occupy Parliament" '
      "across his bare chest."], [None, "Brian Otieno"]),
    # An age makes "a 23-year-old software developer" a person, whose placard is hers.
    (['"We are broke," said Wanjiru Kamau, a 23-year-old software developer, holding a placard that said '
      '"You messed with the wrong generation."'], ["Wanjiru Kamau", "Wanjiru Kamau"]),
])
def test_who_spoke_after_an_opening_adverb_a_semicolon_or_an_aside(paragraphs, speakers):
    quotes = extract_from_paragraphs([CONTEXT] + paragraphs)
    assert [q.speaker for q in quotes] == speakers


def test_a_quoted_vow_is_a_statement():
    quotes = extract_from_paragraphs([CONTEXT, 'Tractors blocked the roads, with farmers vowing to "starve the capital" '
                                               "of supplies."])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("starve the capital", "statement", None)]


@pytest.mark.parametrize("paragraphs, expected", [
    (["That would be Rosa Quintero, a retired schoolteacher with a loud voice, who starts the chant each week: "
      '"Vivos se los llevaron, vivos los queremos."'], [("slogan", "Rosa Quintero")]),
    (['A girl had taped a small paper sign to the statue. It read: "We have not forgotten."'], [("slogan", None)]),
    (['Mary Poe carried a small sign. It read: "We have not forgotten."'], [("slogan", "Mary Poe")]),
    # an opening phrase without its comma, and "the state" is no verb
    (["A ministry spokesman, Colonel Andres Paz, did not respond. In a televised interview in January he described "
      'the vigils as "political theatre" and said the state "has nothing to hide."'],
     [("statement", "Andres Paz"), ("statement", "Andres Paz")]),
    # who called it is the apposition's subject; the verb before a quotation is not the one before's attribution
    (['Prosecutors in Bavaria opened an inquiry into whether it was a "criminal organisation," a step the activists '
      'called "an attack on civil society."'], [("statement", None)]),
    # "he said" tells that the unnamed shopkeeper is a man: "she" later is the woman named
    (["A shopkeeper who has watched the vigils for years, and who asked not to be named, said business fell. "
      '"I feel for them, truly," he said.', "When I asked Mary Poe what would happen, she was quiet.",
      '"Then our daughters will come," she said.'], [("statement", None), ("statement", "Mary Poe")]),
])
def test_chants_led_signs_named_before_and_who_a_pronoun_cannot_be(paragraphs, expected):
    quotes = extract_from_paragraphs([CONTEXT] + paragraphs)
    assert [(q.kind, q.speaker) for q in quotes] == expected


def test_messages_ranging_from_one_to_another_are_the_signs():
    quotes = extract_from_paragraphs([
        CONTEXT, "The signs were homemade, mostly.",
        "In Boise, where organizers estimated 8,000 people filled the steps, messages ranged from the constitutional "
        '("We the People means ALL the people") to the personal ("My grandpa didn\'t storm Normandy for this").'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


def test_a_possessive_in_apposition_is_not_who_he_means():
    quotes = extract_from_paragraphs([
        CONTEXT, '"It gets hot," said Rex Evans, 41, who loads trucks.',
        "Marcus Evans, Rex's younger brother, also joined the strike. "
        '"My brother\'s the loud one," he said, laughing.'])
    assert [q.speaker for q in quotes] == ["Rex Evans", "Marcus Evans"]


def test_what_the_group_called_is_the_groups_words():
    quotes = extract_from_paragraphs([
        CONTEXT, "According to a report by the Warehouse Worker Resource Center, temperatures regularly exceeded "
                 'what the group called "safe limits for sustained physical work."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Warehouse Worker Resource Center")]


@pytest.mark.parametrize("paragraphs, speaker", [
    (['Gov. Mike DeWine has said he would sign it. The governor, a Republican, told reporters last week that '
      '"every life is precious."'], "Mike DeWine"),
    (['Sen. Paula Hicks-Hudson spoke first. Later the senator said she was "not surprised at all."'], "Paula Hicks-Hudson"),
    (['Ohio Right to Life president Peter Range said in a post on X that the hearing showed '
      '"Ohio is ready to be a pro-life state."'], "Peter Range"),
])
def test_titles_spelled_out_and_names_with_to(paragraphs, speaker):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT] + paragraphs)] == [speaker]


def test_a_signs_owner_named_in_the_next_sentence_carries_it():
    quotes = extract_from_paragraphs([
        CONTEXT, 'One protester\'s sign — "My rent is due and so are you" — drew laughs. Its owner, a 24-year-old '
                 'graduate student named Theo Park, said he had made it on the bus. "I had a Sharpie," Park said.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Theo Park"), ("statement", "Theo Park")]


def test_the_named_coalition_which_says():
    quotes = extract_from_paragraphs([
        CONTEXT, 'The march was organized by the Housing Justice for All coalition, which says landlords have had '
                 '"record profits" even as tenants struggle.'])
    assert [q.speaker for q in quotes] == ["Housing Justice for All"]


def test_what_the_crowd_answers_is_a_chant_and_so_is_the_call():
    quotes = extract_from_paragraphs([
        CONTEXT, 'Mary Poe led the crowd in a call-and-response. "What do we want?" she shouted. '
                 '"Rent freeze!" the crowd answered.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Mary Poe"), ("slogan", None)]


@pytest.mark.parametrize("sentence, speakers", [
    ('While university president Jim Davis called the ruling "a real disappointment," student organizers said it '
     'was "long overdue."', ["Jim Davis", None]),
    ('When the crowd chanted "Shame on you," Roe said she was "proud of every one of them."', [None, "Jane Roe"]),
])
def test_the_main_clause_speaks_after_a_subordinate_clause_with_a_quote(sentence, speakers):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT, sentence])] == speakers


@pytest.mark.parametrize("sentence, expected", [
    ('Several wore T-shirts from the "Banned Books Week" campaign.', []),
    ('Several wore T-shirts from the "Banned Books Week" campaign, and a folk singer led the crowd in Woody '
     'Guthrie\'s "This Land Is Your Land."', []),
    ('Keisha Roe\'s "Abolish ICE Now" sign drew cheers.', [("slogan", "Abolish ICE Now")]),
    ('Several wore T-shirts reading "Banned Books Matter" at the rally.', [("slogan", "Banned Books Matter")]),
])
def test_names_of_events_and_works_are_not_slogans_even_among_signs(sentence, expected):
    assert [(q.kind, q.text) for q in extract_from_paragraphs([CONTEXT, sentence])] == expected


def test_a_state_senator_in_apposition_is_the_speaker():
    quotes = extract_from_paragraphs([
        CONTEXT, "The bill's sponsor, state Sen. Jason Klein, has described the books as \"pornography\" and said "
                 'parents deserve "a say in what their children read."'])
    assert [q.speaker for q in quotes] == ["Jason Klein"]


@pytest.mark.parametrize("paragraphs, speakers", [
    # a common first name tells who "she" can be, when the article says nothing else
    (['Mary Poe met with Mayor Tom Smith on Monday. She said the meeting went "better than expected."'], ["Mary Poe"]),
    (['Mary Poe met with Mayor Tom Smith on Monday. He said the meeting went "better than expected."'], ["Tom Smith"]),
    # what the article says wins over the name: Guadalupe Guerrero is "he"
    (['Superintendent Guadalupe Guerrero said he shared the goals. "Nobody wants this," he said.'],
     ["Guadalupe Guerrero"]),
    (['"They can\'t arrest all of us," said Omar\'s chief of staff, Connor McCabe.'], ["Connor McCabe"]),
    (['The statement, signed by 200 faculty members, said the arrests were "an attack on academic freedom."'], [None]),
])
def test_who_a_pronoun_or_an_apposition_can_mean(paragraphs, speakers):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT] + paragraphs)] == speakers


def test_they_shouted_is_a_crowd_and_its_gloss_no_quotation():
    quotes = extract_from_paragraphs([CONTEXT, '"Si se puede!" they shouted, Spanish for "Yes, we can!"'])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("Si se puede!", "slogan", None)]


@pytest.mark.parametrize("sentence, speakers", [
    ('"This is not a riot," said Rev. Al Sharpton. "This is a righteous demand."', ["Al Sharpton"]),
    ('"We will not be moved," Mayor Bill De Blasio said.', ["Bill De Blasio"]),
])
def test_particles_that_start_a_name(sentence, speakers):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT, sentence])] == speakers


def test_a_call_and_response_side_by_side_is_two_slogans():
    quotes = extract_from_paragraphs([CONTEXT, '"Whose streets?" "Our streets!" The call and response echoed down '
                                               "Broadway."])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("Whose streets?", "slogan", None), ("Our streets!", "slogan", None)]


@pytest.mark.parametrize("sentence, expected", [
    ('The governor\'s office released a statement Friday. "The governor supports peaceful protest," it read.',
     [("statement", None)]),
    ('The banner at the front, carried by members of the Sunrise Movement, read "Green New Deal now."',
     [("slogan", None)]),
    ('The sign, held by 8-year-old Mia Chen, read: "Let my friends stay."', [("slogan", "Mia Chen")]),
])
def test_unnamed_issuers_and_carriers_stay_unnamed(sentence, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([CONTEXT, sentence])] == expected


def test_counter_protesters_are_a_crowd_not_a_name():
    quotes = extract_from_paragraphs([CONTEXT, 'Counter-protesters yelled "Go back to California!" from across the '
                                               "street."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_she_is_the_subject_named_after_whoever_spoke_last():
    quotes = extract_from_paragraphs([CONTEXT, '"Get a job!" a driver yelled from a passing pickup. Roe waved. '
                                               '"I have three," she called back.'])
    assert [q.speaker for q in quotes] == [None, "Jane Roe"]


@pytest.mark.parametrize("sentence, expected", [
    ('Students shouted "Shame!" as the regents left, and some threw paper airplanes that read "Divest now."',
     [("slogan", None), ("slogan", None)]),
    ('One woman is holding a coat hanger with a card attached that reads "Never again."', [("slogan", None)]),
    # a letter is a document: its words are the writer's statement
    ('She had written a letter that read "Please let my son come home."', [("statement", "Jane Roe")]),
])
def test_words_on_a_thing_that_reads_are_sign_text(sentence, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([CONTEXT, "Roe came too.", sentence])] == expected


def test_she_is_the_titled_person_who_opens_the_sentence_after_a_quotation():
    quotes = extract_from_paragraphs([
        CONTEXT, 'Mayor Karen Bass said the city "will not be intimidated." Councilmember Eunisses Hernandez '
                 'disagreed. "Restraint is not what I saw," she said.'])
    assert [q.speaker for q in quotes] == ["Karen Bass", "Eunisses Hernandez"]


@pytest.mark.parametrize("sentence, speaker", [
    ('Keisha Roe\'s "Abolish ICE Now" sign drew cheers.', "Keisha Roe"),
    ('Greenpeace\'s "Stop Drilling" banner hung from the bridge.', None),
])
def test_a_persons_sign_named_by_a_possessive_is_theirs(sentence, speaker):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([CONTEXT, sentence])] == [("slogan", speaker)]


@pytest.mark.parametrize("paragraph, speaker", [
    # the man who spoke is no "she": the unnamed woman he handed the megaphone to is
    ("Protest leader Kofi Mensah addressed the crowd, then handed the megaphone to a young woman. "
     '"We are the future," she shouted.', None),
    # the subject still comes first when the pronoun fits her
    ('Mary Poe hugged a young woman at the front of the line. "We did it," she said.', "Mary Poe"),
])
def test_an_unnamed_person_after_to_or_with_is_who_a_pronoun_can_mean(paragraph, speaker):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT, paragraph])] == [speaker]


def test_a_name_that_qualifies_its_protesters_is_a_body_an_it_can_mean():
    quotes = extract_from_paragraphs([
        "Two Just Stop Oil protesters were arrested at the site.",
        'In a statement, Just Stop Oil said the paint would "wash away with the rain". It said the action was '
        'taken to demand that ministers "sign up to a legally binding treaty".'])
    assert [q.speaker for q in quotes] == ["Just Stop Oil", "Just Stop Oil"]


@pytest.mark.parametrize("sentence, text", [
    ('Roe was heard shouting "Stop the War!" as police led her away.', "Stop the War!"),
    ('Roe shouted "Just Stop Oil!" as onlookers pulled her back.', "Just Stop Oil!"),
])
def test_a_capitalised_cry_after_shouting_is_no_title(sentence, text):
    assert [(q.text, q.speaker) for q in extract_from_paragraphs([CONTEXT, sentence])] == [(text, "Jane Roe")]


def test_a_call_right_before_the_crowds_answer_is_the_chants_first_half():
    quotes = extract_from_paragraphs([
        CONTEXT, "\"When I say 'fair contract,' you say 'now!'\" Mary Poe calls from a flatbed truck. "
                 '"Fair contract!" "Now!" the crowd answers.'])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("When I say 'fair contract,' you say 'now!'", "statement", "Mary Poe"),
        ("Fair contract!", "slogan", "Mary Poe"), ("Now!", "slogan", None)]


@pytest.mark.parametrize("sentence", [
    'Activist Mary Poe said the march was "a turning point for all of us."',
    'Parent Mary Poe says the march was "a turning point for all of us."',
    'Ecologist Mary Poe said the march was "a turning point for all of us."',
    'Councillor Mary Poe said the march was "a turning point for all of us."',
    'Cllr Mary Poe said the march was "a turning point for all of us."',
])
def test_a_description_that_opens_a_sentence_is_not_part_of_the_name(sentence):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT, sentence])] == ["Mary Poe"]


def test_the_councillor_is_the_councillor_named_before():
    quotes = extract_from_paragraphs([
        CONTEXT, 'Cllr Mary Poe called the plan "a betrayal of every tenant." Later the councillor said: '
                 '"We will fight it."'])
    assert [q.speaker for q in quotes] == ["Mary Poe", "Mary Poe"]


@pytest.mark.parametrize("sentence, speaker", [
    # the apposition names the chief; the spokesperson is unnamed
    ("A spokesperson for the EU's foreign policy chief, Josep Borrell, said Brussels was following events "
     '"with great concern".', None),
    ('A spokeswoman for Mayor Tom Smith said the city was "monitoring the situation closely."', None),
    ('"We are monitoring it closely," said an aide to Sen. Tom Smith.', None),
    # a body's spokesman named in apposition is still named
    ('A spokesman for the company, Tom Smith, said it was "monitoring the situation closely."', "Tom Smith"),
])
def test_who_a_spokesperson_speaks_for_is_not_the_speaker(sentence, speaker):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT, sentence])] == [speaker]


@pytest.mark.parametrize("paragraph", [
    ("Speaking at the State House, the Lagos State Commissioner for Information, Mr Gbenga Omotoso, who addressed "
     'the protesters on behalf of Governor Babajide Sanwo-Olu, appealed for calm. He said, "The governor has heard you."'),
    ('The commissioner, Mr. Gbenga Omotoso, who spoke for Governor Babajide Sanwo-Olu, appealed for calm. '
     '"The governor has heard you," he said.'),
])
def test_he_is_the_subject_named_in_apposition_not_the_man_he_spoke_for(paragraph):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT, paragraph])] == ["Gbenga Omotoso"]


@pytest.mark.parametrize("intro, speaker", [
    ("Gov. Lisa Brandt weighed in on X, formerly Twitter, on Monday morning.", "Lisa Brandt"),
    ("Gov. Lisa Brandt released a statement late Monday.", "Lisa Brandt"),
    ("Gov. Lisa Brandt said in a written statement on Monday.", "Lisa Brandt"),
    # a sentence that says what was said introduces nothing, but she spoke last: a quotation with no
    # cue that opens the next paragraph is still hers (as after "Rosa Lopez said she ...")
    ("Gov. Lisa Brandt wrote on X that the talks had failed.", "Lisa Brandt"),
])
def test_a_paragraph_that_says_someone_posted_introduces_the_post_after_it(intro, speaker):
    quotes = extract_from_paragraphs(["Teachers walked out on Monday.", intro,
                                      '"Our teachers deserve a raise. Our kids deserve to be in school."'])
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize("introduction", [
    "Marchers carried signs with a mix of old union slogans and new ones:",
    "Marchers carried signs with a mix of old union slogans and new ones. Among them:",
])
def test_list_items_after_a_sentence_that_names_signs_without_a_cue_are_slogans(introduction):
    from pullquotes.extract import extract_quotes

    html = (f"<p>Dockworkers walked out.</p><p>{introduction}</p><ul><li>\u201cNo contract, no work\u201d</li>"
            "<li>\u201cAutomation = unemployment\u201d</li></ul>")
    assert [q.kind for q in extract_quotes(html)] == ["slogan", "slogan"]


@pytest.mark.parametrize("paragraphs, speaker", [
    (['"We\'re not going anywhere." That was the message from Mary Poe, the tenant leader.'], "Mary Poe"),
    (['"We\'re not going anywhere." That was the message from the tenants.'], None),
    (["Mary Poe has organized the building for three years.",
      'For Poe, the answer to rising rents is simple: "You organize, or you get pushed out."'], "Mary Poe"),
    (["Mary Poe is ready to keep going.",
      'Her reply to the landlord\'s latest offer, a rent cut: "Not until the heat works."'], "Mary Poe"),
    (['For many residents, the answer is simple: "You organize, or you get pushed out."'], None),
])
def test_who_an_answer_or_message_belongs_to_named_around_it(paragraphs, speaker):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT] + paragraphs)] == [speaker]


@pytest.mark.parametrize("paragraphs, speaker", [
    (['Prime Minister Rishi Sunak spoke on Saturday.',
      '"All criminality must be dealt with swiftly," the prime minister said.'], "Rishi Sunak"),
    # the one person a paragraph names and quotes, with nothing said of him: the title is his
    (['Rishi Sunak condemned "the violent, wholly unacceptable scenes" on Saturday. '
      '"All criminality must be dealt with swiftly," the prime minister said.'], "Rishi Sunak"),
    # not one described otherwise, and not a deputy
    (['Mary Poe, an organizer, condemned "the violent, wholly unacceptable scenes". '
      '"All criminality must be dealt with swiftly," the mayor said.'], None),
    (['Mayor Tom Smith spoke.', '"All criminality must be dealt with swiftly," the deputy mayor said.'], None),
])
def test_the_prime_minister_is_who_holds_the_title(paragraphs, speaker):
    assert [q.speaker for q in extract_from_paragraphs(paragraphs)][-1] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ('The Chicago chapter of Jewish Voice for Peace said it would "keep showing up every week."',
     "Jewish Voice for Peace"),
    ('In a statement, the student plenum of the Faculty of Philosophy said: "No one is using us."',
     "Faculty of Philosophy"),
    # a member of a body's board is a person, unnamed
    ('A member of the board of Amnesty International said it would "keep showing up every week."', None),
])
def test_a_part_of_a_body_speaks_as_the_body(sentence, speaker):
    assert [q.speaker for q in extract_from_paragraphs([CONTEXT, sentence])] == [speaker]


def test_a_short_description_before_a_gloss_still_makes_it_a_gloss():
    quotes = extract_from_paragraphs([CONTEXT, 'The crowd broke into chants of "Pumpaj!" \u2014 a slang word that '
                                               'roughly means "pump it up" \u2014 the movement\'s rallying cry.'])
    assert [(q.text, q.kind) for q in quotes] == [("Pumpaj!", "slogan")]


@pytest.mark.parametrize("sentence, expected", [
    # the sign is the subject the verb after the dashes belongs to
    ('The sign on the door \u2014 "Closed in solidarity" \u2014 said it all.', [("slogan", None)]),
    ('Her sign \u2014 "Closed in solidarity" \u2014 told the whole story.', [("slogan", "Jane Roe")]),
    ('"Shame!" erupted from the gallery as the vote was read.', [("slogan", None)]),
    ('Protesters spelled out "CEASEFIRE" in candles on the lawn.', [("slogan", None)]),
])
def test_signs_set_off_by_dashes_cries_that_erupt_and_words_spelled_in_candles(sentence, expected):
    quotes = extract_from_paragraphs([CONTEXT, "Roe came too.", sentence])
    assert [(q.kind, q.speaker) for q in quotes] == expected


def test_words_inside_narrative_are_not_the_last_speakers_from_the_paragraph_before():
    quotes = extract_from_paragraphs([
        "The Housing Now coalition announced a day of action.",
        '"Californians are paying half their income in rent," said Mary Poe, the coalition\'s co-chair.',
        "The coalition's demands, listed on its website, include a statewide cap on rent increases and "
        '"a right to counsel for every tenant facing eviction."'])
    assert [q.speaker for q in quotes] == ["Mary Poe", None]


def test_an_interviews_first_answer_is_the_one_person_its_introduction_names():
    quotes = extract_from_paragraphs([
        "Among the organizers was Fatima Noor, 26, a law student. She spoke to us on Tuesday.",
        "How did it start?",
        '"Honestly, it started with a text thread."',
        "What comes next?",
        '"We keep showing up."'])
    assert [q.speaker for q in quotes] == ["Fatima Noor", "Fatima Noor"]


def test_ms_with_a_shared_surname_is_not_the_relative_named_in_full():
    quotes = extract_from_paragraphs([
        "Rosa Elena Quintero, who organized farmworkers for five decades, died on Saturday.",
        "Her daughter, Luz Quintero, confirmed the death and said the cause was heart failure.",
        "Ms. Quintero was known for her booming voice. At a 1973 rally, she told the crowd, "
        '"They can buy the land, but they cannot buy us."',
        '"I never wanted to be a leader," Ms. Quintero said in 2019.'])
    assert [q.speaker for q in quotes] == ["Rosa Elena Quintero", "Rosa Elena Quintero"]


def test_he_after_president_biden_is_biden():
    quotes = extract_from_paragraphs([
        "President Biden has voiced support for the strikers, and on Tuesday he joined a picket line in "
        'Belleville, Mich. "You deserve what you have earned," he told workers through a bullhorn.'])
    assert [q.speaker for q in quotes] == ["Biden"]


def test_a_chant_is_the_chanters_whatever_follows_it():
    quotes = extract_from_paragraphs([
        'A drummer kept time as the workers chanted "No justice, no Jeeps!" \u2014 a line borrowed from the '
        'Stellantis pickets \u2014 before someone shouted a correction: "No Broncos!"'])
    assert [(q.kind, q.speaker, q.org) for q in quotes][0] == ("slogan", None, None)


@pytest.mark.parametrize("paragraphs, expected", [
    (['Passing sentence, Judge Christopher Hehir told Hallam he had "crossed the line from concerned campaigner '
      'to fanatic".'], [("statement", "Christopher Hehir")]),
    (["Roger Hallam, a co-founder of Just Stop Oil, was jailed on Thursday.",
      'In a statement, Just Stop Oil said the sentences were "a dark day for British democracy". The group added: '
      '"Our government is criminalising those who tell the truth."'],
     [("statement", "Just Stop Oil"), ("statement", "Just Stop Oil")]),
    (['Chants rose and fell along Independence Avenue: "This is what democracy looks like!" and, in the crowd '
      'near the Capitol, "We will not go away, welcome to your first day!"'], [("slogan", None), ("slogan", None)]),
    (["The wittiest signs drew crowds of their own. A woman dressed as Rosie the Riveter carried one reading "
      '"We can do it (again)".'], [("slogan", None)]),
    (['A man dressed as Uncle Sam said the tax was "a crime against working people."'], [("statement", None)]),
    (["The signs were everywhere. Nearby, a retired schoolteacher from Baltimore, Elaine Fitzgerald, 71, held up "
      'a sign that said "I can\'t believe I still have to protest this."'], [("slogan", "Elaine Fitzgerald")]),
    (['"I marched in 1970," Elaine Fitzgerald said.', '"Not my president" was everywhere, sometimes in glitter.'],
     [("statement", "Elaine Fitzgerald"), ("slogan", None)]),
])
def test_openers_costumes_places_and_words_everywhere_are_nobodys_name(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    (["Others went for the laugh.", '"I\'ve seen better cabinets at IKEA," one read.'], [("slogan", None)]),
    (["The chants were older than most of the marchers. Near the stage, students started a new one \u2014 "
      '"Whose country? Our country!" \u2014 that spread down the Parkway.'], [("slogan", None)]),
    (["Some messages were personal. Gloria Watts, 68, a retired nurse, wore a sandwich board. On the front: "
      '"Hands off my Medicaid." On the back: "I took care of you. Now take care of me."'],
     [("slogan", "Gloria Watts"), ("slogan", "Gloria Watts")]),
])
def test_one_that_reads_a_new_one_set_off_and_the_back_of_the_same_board(paragraphs, expected):
    quotes = extract_from_paragraphs(['"We will be back," Mary Poe said.'] + paragraphs)
    assert [(q.kind, q.speaker) for q in quotes][1:] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    (["The signs outside the showroom borrowed the company's own font.",
      '"Swasticar," said one, in the sleek sans-serif of a Model 3 advertisement.'], [("slogan", None)]),
    (["The signs mocked him. Another, taped to a walker: \"Elon, I'm 84.\" A third simply listed prices: "
      '"Model Y: $44,990. Democracy: priceless."'], [("slogan", None), ("slogan", None)]),
    (["Janelle Ortiz, 39, stood at the curb with a placard she had made that morning. "
      'It read "I bought this before he went crazy."'], [("slogan", "Janelle Ortiz")]),
    (['A group of teenagers had written "Szégyen" \u2014 "Shame" \u2014 on the backs of their hands.'],
     [("slogan", None)]),
    # a person described after "one" is a person
    (["Signs lined the road.", '"We are tired," said one, a nurse from Leeds.'], [("statement", None)]),
])
def test_more_ways_signs_are_described(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    (["The union banners were out in force. Unite's read 'Workers' rights are human rights', while the RMT's, "
      "carried by a dozen rail workers, said simply 'Solidarity'."], [("slogan", None), ("slogan", None)]),
    (["Homemade efforts were sharper. 'Our NHS is not for sale', wrote one nurse on the back of a cereal box."],
     [("slogan", None)]),
    # a quotation that is the subject of the next verb is not the last speaker's, said again
    (['"It will do a few more," Ken Pollard said.',
      "Younger marchers brought younger jokes. 'I've seen smarter cabinets at Ikea' made a return appearance."],
     [("statement", "Ken Pollard"), ("statement", None)]),
])
def test_a_groups_banner_words_on_a_box_and_a_quotation_as_subject(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ('Marie Dupré, 34, had taped a photograph of her children to her windshield under the words '
     '"Their future is on this farm."', [("slogan", "Marie Dupré")]),
    ('On a trailer, someone had stacked hay bales spelling out "SOS."', [("slogan", None)]),
])
def test_words_under_a_picture_and_words_spelled_out_are_signs(sentence, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([sentence])] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    (['They were printed on masks \u2014 "Justice for George" on one, "Silence is violence" on another.'],
     [("slogan", None), ("slogan", None)]),
    (["On Saturday, artists finished a mural on the side of the store. Across the top, in letters three feet "
      'high, it read "I can breathe now."'], [("slogan", None)]),
    (['The chants had their own rhythm. "What\'s his name?" a woman would call. "George Floyd!" the crowd '
      'answered. Another, borrowed from Ferguson: "Hands up, don\'t shoot!"'],
     [("slogan", None), ("slogan", None), ("slogan", None)]),
    (['Kaia Jones, 17, came with her brother. Her mask said "Black lives matter" in white block letters; '
      'her brother\'s said "I am a man," the sign of the 1968 Memphis sanitation strike.'],
     [("slogan", "Kaia Jones"), ("slogan", None)]),
])
def test_masks_murals_and_another_chant_borrowed_from_a_place(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    (['"Every month they add a new tax," said the man, who gave his name as Brian Otieno, 24.'],
     [("statement", "Brian Otieno")]),
    (['Another listed the names of legislators who voted for the bill under the heading "Traitors."'],
     [("slogan", None)]),
])
def test_a_name_given_with_an_age_and_words_under_a_heading(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(["Some signs named lawmakers."] + paragraphs)] == expected


def test_a_teacher_at_a_middle_school_is_a_person_and_some_add_a_chant_line():
    quotes = extract_from_paragraphs([
        "Rebecca Garelli, a middle school science teacher and one of the founders of Arizona Educators United, "
        'walked near the front. "We have been asking for years," she said.',
        'They broke into a chant: "Fund our schools!" Some added a line of their own: "Ducey, Ducey, can\'t you '
        'see? We\'re the ones who taught you to read!"'])
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("statement", "Rebecca Garelli"), ("slogan", None), ("slogan", None)]


@pytest.mark.parametrize("paragraphs, expected", [
    (['"Am I next?" asks a drawing held up by Maya Ortiz, 9, who came from Richmond with her mother.'],
     [("slogan", "Maya Ortiz")]),
    (['The banner strung across the gate reads "Gas is not a transition fuel." A smaller one below it says '
      '"Our kids can\'t breathe your profits."'], [("slogan", None), ("slogan", None)]),
    (["Aoife Brennan, 26, a nurse, stopped to photograph the banner on the Millennium Bridge, which said simply "
      '"Let us stay." "That\'s it, isn\'t it?" she said.'], [("slogan", None), ("statement", "Aoife Brennan")]),
    (["Joana Partyka, a spokeswoman for the group, was among those arrested. Before she was led away she shouted "
      'to supporters: "This is what democracy looks like!"'], [("statement", "Joana Partyka")]),
])
def test_a_drawing_one_below_it_a_banner_which_said_and_a_clause_before_she_shouted(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    (['A first-year MA student, Lavanya Reddy, said she might have to drop out. "My father is a farmer," she said.'],
     [("statement", "Lavanya Reddy", None)]),
    (['A DHS spokeswoman, Tricia McLaughlin, said agents would "continue to do their jobs."'],
     [("statement", "Tricia McLaughlin", "DHS")]),
])
def test_a_named_person_described_by_their_body_and_role(paragraphs, expected):
    assert [(q.kind, q.speaker, q.org) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    (['Among the slogans chalked on the path: "Defend the forest," "Viva Tortuguita" \u2014 a reference to Manuel '
      'Paez Ter\u00e1n, the activist killed by state troopers in January \u2014 and "No more police."'],
     [("slogan", None)] * 3),
    (["Some signs bore the names of women killed this year. One, held by a teenager named Sof\u00eda, 16, read "
      '"Mi mam\u00e1 no volvi\u00f3" (My mother didn\'t come back). Another said simply: "Basta."'],
     [("slogan", "Sof\u00eda"), ("slogan", None)]),
    (['When Local 11 organizer Rosa Delgado shouted "What do we want?" the line roared back "Fair contracts!" '
      'When she shouted "When do we want it?" they answered "Now!"'],
     [("slogan", "Rosa Delgado"), ("slogan", None), ("slogan", "Rosa Delgado"), ("slogan", None)]),
    (['Picket signs said "One job should be enough." Maria Elena Cruz, a housekeeper for 19 years, had written '
      '"I clean 16 rooms a day" on hers.'], [("slogan", None), ("slogan", "Maria Elena Cruz")]),
])
def test_a_gloss_in_a_list_a_carrier_with_an_age_a_picket_lines_answer_and_words_on_hers(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


def test_words_added_in_a_colour_under_a_sign_are_sign_text():
    quotes = extract_from_paragraphs([
        'Leila Haddad had slept in the camp for 19 nights. Her tent had a sign taped to the flap. It said "Learning is '
        'resistance." Underneath, someone else had added in red: "Divest or we stay."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Leila Haddad"), ("slogan", None)]


def test_words_written_across_the_top_in_marker_are_sign_text():
    quotes = extract_from_paragraphs([
        "Candles were placed next to a poster-sized photo of Miller. Someone had written \"Justice for DeShawn\" "
        "across the top in marker."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


@pytest.mark.parametrize("paragraphs, expected", [
    (['A spokesperson for the Department for Business and Trade said the government had "worked tirelessly" '
      "to secure the future of steelmaking."], [("statement", None, "Department for Business and Trade")]),
    (['"China firmly opposes any provocative actions," said Foreign Ministry spokesperson Mao Ning at a regular '
      "news briefing in Beijing."], [("statement", "Mao Ning", "Foreign Ministry")]),
])
def test_what_a_department_is_for_and_where_a_spokesperson_spoke(paragraphs, expected):
    assert [(q.kind, q.speaker, q.org) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    (['Participants held up pickets reading "Stop the reckless increase" and "Medical education will collapse" '
      "as they marched."], [("slogan", None), ("slogan", None)]),
    (["A rubbish collector in his fifties, marching with colleagues, said he would have to work two more years "
      '"in the stink and the cold." He gave only his first name, Karim.'], [("statement", "Karim")]),
    (['"Let Gaza live" was written in huge blue letters outside the library. "Divest now" appeared on nearly every '
      'step of the administration building. Near the chapel, someone had drawn a watermelon next to the words '
      '"Free Palestine."'], [("slogan", None)] * 3),
    (['A counter-message appeared nearby on Thursday: "Bring them home," a reference to the hostages.'],
     [("slogan", None)]),
])
def test_pickets_held_a_name_given_after_and_words_that_appear_on_things(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


def test_a_speaker_after_the_quote_ends_before_in_an_emailed_statement():
    quotes = extract_from_paragraphs([
        '"These are operational decisions made locally," says Education Minister Jeremy Cockrill in an emailed '
        'statement. "We have increased funding to school divisions every year."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Jeremy Cockrill")]


@pytest.mark.parametrize("paragraphs, expected", [
    (['Minister for Health Stephen Donnelly said the Government had "invested record amounts" in the service. '
      'Mr Donnelly said more beds were being opened "as quickly as possible."'],
     [("statement", "Stephen Donnelly")] * 2),
    (['"We will keep talking," Secretary of State Antony Blinken told reporters.'], [("statement", "Antony Blinken")]),
    (['Secretary of Homeland Security Alejandro Mayorkas called the raids "lawful and necessary."'],
     [("statement", "Alejandro Mayorkas")]),
])
def test_an_office_named_by_its_domain_before_the_person_who_holds_it(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    (['"We believe every life has value," Senate Majority Leader Tom Garrison said.',
      'Garrison was interrupted by chants of "Shame! Shame!" from the gallery.'],
     [("statement", "Tom Garrison"), ("slogan", None)]),
    (['"We will keep talking," German Chancellor Olaf Scholz said.'], [("statement", "Olaf Scholz")]),
    (['"We will keep talking," said Israel\'s ambassador to the UN, Gilad Erdan.'], [("statement", "Gilad Erdan")]),
    (['"We will keep talking," Minister of State for Housing Kieran O\'Donnell said.'],
     [("statement", "Kieran O'Donnell")]),
])
def test_titles_of_leaders_and_ambassadors_and_the_one_a_chant_interrupts(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    (['The company, in a statement to CNN, said it "respects the right of employees to organize."'],
     [("statement", None)]),
    (['Tesla did not respond. Its CEO, Elon Musk, has called the protesters "paid agitators."'],
     [("statement", "Elon Musk")]),
    (['According to police spokesman Sgt. Jim Walsh, the crowd "became aggressive" after 9 p.m.'],
     [("statement", "Jim Walsh")]),
    (['"It was peaceful." That is how Lena Ortiz, 31, described the night.'], [("statement", "Lena Ortiz")]),
])
def test_an_outlet_spoken_to_a_ceo_an_abbreviated_title_and_how_someone_put_it(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    (["Marchers' T-shirts bore the slogan \"Abolish ICE.\""], [("slogan", None)]),
    (['A lawsuit filed last month by the Standing Rock Sioux Tribe says the route "threatens the sole source of '
      'drinking water" for the reservation.'], [("statement", "Standing Rock Sioux Tribe")]),
    (['Their signs were the same as always: "Detention kills," "Free them all," and one, in a child\'s handwriting, '
      '"Let my dad come home for Christmas."',
      "That sign belonged to Amira, who is nine and whose father has been held inside for seven months."],
     [("slogan", None), ("slogan", None), ("slogan", "Amira")]),
])
def test_t_shirts_are_no_name_a_lawsuits_filer_and_a_sign_that_belonged_to_someone(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


def test_a_ranked_list_of_signs_after_here_are_the_top_five():
    quotes = extract_from_paragraphs([
        "We asked marchers to vote for the best sign they saw. Here are the top five, with the people who made them.",
        '"I teach kids to read the fine print. I read yours." \u2014 carried by Denise Okafor, a fourth-grade teacher.',
        '"Funding our schools is a math problem." Its maker, math teacher Carlos Medina, said he had crunched the '
        "numbers himself.",
        '"We\'re asking for chalk." This one came from a first-year teacher who asked that we not use her name.',
        'A simple one: "Books not bullets."'], items=frozenset({1, 2, 3, 4}))
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("slogan", "Denise Okafor"), ("slogan", "Carlos Medina"), ("slogan", None), ("slogan", None)]


def test_they_after_organisers_said_are_the_unnamed_organisers():
    quotes = extract_from_paragraphs([
        'The Metropolitan Police said officers had arrested 11 people. "We will always act swiftly," a Met '
        "spokesperson said.",
        "Organisers said the protest was a response to Shell's decision. \"Shell is choosing profits over the "
        'planet, again," they said in a statement.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", None), ("statement", None)]


@pytest.mark.parametrize("paragraphs", [
    ["Jane Roe, an organizer with Never Again Action, helped plan the march.",
     'Protesters then marched to City Hall. "We won\'t stop until ICE is gone," they said.'],
    ["Jane Roe, an organizer with Never Again Action, helped plan the march.",
     'The students sat down in the lobby and refused to leave. "We\'re staying," they told security guards.'],
])
def test_they_after_unnamed_protesters_act_is_nobody_named(paragraphs):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == [("statement", None)]


@pytest.mark.parametrize("paragraphs, expected", [
    (['"We are prepared to go as long as it takes," said Jackie Taubman, one of the strikers.',
      "Dozens of faculty members sign a letter urging the president to meet the students. The letter calls their "
      'demands "reasonable and consistent with the university\'s values."'],
     [("statement", "Jackie Taubman"), ("statement", None)]),
    (['The ACLU of Texas filed a lawsuit on Monday. The lawsuit says the policy "violates the First Amendment."'],
     [("statement", "ACLU of Texas")]),
])
def test_the_letter_is_whoever_signed_a_letter_just_before(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    (["Kevin Tran's left arm is in a cast. Written on the cast, in his sister's handwriting, is \"Still breathing.\""],
     [("slogan", None)]),
    (['One elderly woman carried a sign in Spanish: "Cuarenta a\u00f1os aqu\u00ed y me quieren correr" \u2014 Forty '
      "years here and they want to kick me out."], [("slogan", None)]),
    (['"We are not leaving our patients" \u2014 Rosa Delgado paused, her voice catching \u2014 "we are fighting for '
      'them."'], [("statement", "Rosa Delgado")]),
])
def test_written_on_a_cast_is_and_a_gloss_after_a_dash_is_no_byline(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    (["The Travis County Attorney's Office dropped charges, saying in a court filing that there was "
      '"insufficient probable cause."'], [("statement", "Travis County Attorney's Office")]),
    (["The Retail, Wholesale and Department Store Union, which is trying to organize the warehouse, said in a "
      'statement that the delay was "the result of a campaign of stalling by the company."'],
     [("statement", "Retail, Wholesale and Department Store Union")]),
])
def test_a_bodys_name_with_an_office_holders_possessive_or_a_comma(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    (['HYDERABAD: Students staged a protest, raising slogans of "Fee hike wapas lo" and "Education is a right".'],
     [("Fee hike wapas lo", None, None), ("Education is a right", None, None)]),
    (['"We will keep marching," said Luisa Neubauer, the German climate activist.'],
     [("We will keep marching,", "Luisa Neubauer", None)]),
])
def test_no_affiliation_shown_for_a_slogan_nobody_carries_or_an_adjective(paragraphs, expected):
    assert [(q.text, q.speaker, q.org) for q in extract_from_paragraphs(paragraphs)] == expected


def test_one_of_the_protesters_a_description_then_her_name():
    quotes = extract_from_paragraphs([
        "One of the protesters, a 71-year-old retired GP from Bristol, Dr Diana Warner, said she had taken part "
        'because "nothing else has worked".'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Diana Warner")]


def test_words_written_on_a_piece_of_notebook_paper_are_a_sign():
    quotes = extract_from_paragraphs([
        'Students held signs that said "Let us call home." One sophomore had written "What if there\'s a shooter?" '
        "on a piece of notebook paper."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


def test_a_strip_of_paper_decorated_with_drawings_and_the_words():
    quotes = extract_from_paragraphs([
        "Nearby, a group of third-graders held a long strip of butcher paper decorated with drawings of polar bears "
        'and the words "Save our home."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_notices_taped_to_shutters_read_one_on_a_stall():
    quotes = extract_from_paragraphs([
        'Many taped handwritten notices to their shutters. "Closed for one hour. Open for 168 years," read one on a '
        "butcher's stall. Another, on a fruit and veg stall run by the same family since 1952, said simply: "
        '"Save our market."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


@pytest.mark.parametrize("paragraphs, expected", [
    (['Mayor Tom Smith, asked about the footage, said: "We will review it." His deputy, Ana Ruiz, added: '
      '"Every frame."'], [("statement", "Tom Smith"), ("statement", "Ana Ruiz")]),
    (['Mayor Tom Smith spoke first. His assistant said the mayor "will review the footage."'], [("statement", None)]),
    (['Jane Roe held a sign. Her sign, a piece of cardboard, read "No more."'], [("slogan", "Jane Roe")]),
])
def test_his_deputy_or_assistant_is_someone_else_his_sign_is_his(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("sentence", [
    'Jane Roe marched beside a woman holding a sign reading "Abolish ICE."',
    'Jane Roe said her favorite sign of the day read "Abolish ICE."',
    'Jane Roe, whose daughter carried a sign reading "Abolish ICE," said she was proud.',
    'Jane Roe handed out signs reading "Abolish ICE."',
    'Jane Roe read the sign aloud: "Abolish ICE."',
])
def test_a_sign_someone_named_did_not_carry_is_nobodys(sentence):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([sentence])] == [("slogan", None)]


def test_a_chant_named_by_its_words_is_no_ones_statement():
    quotes = extract_from_paragraphs(['Jane Roe said the chant "Not my president" had been used since 2017.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_she_after_a_name_with_who_spoke_next_is_that_speaker():
    quotes = extract_from_paragraphs([
        'Maria Lopez introduced Ana Ruiz, a nurse, who spoke next. "I have worked here 20 years," she said.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Ana Ruiz")]


@pytest.mark.parametrize("sentence", [
    'Jolene Kowalchuk made the sign her daughter is holding, which reads "I\'m 7. I\'ve been on the bus since dawn."',
    'Jolene Kowalchuk made the sign her daughter is holding. It reads "I\'m 7."',
    'Jane Roe made a sign for her son. It read "Let me grow up."',
])
def test_a_sign_made_for_someone_else_to_carry_is_not_the_makers(sentence):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([sentence])] == [("slogan", None)]


@pytest.mark.parametrize("paragraphs, expected", [
    (['A spokesperson for Meta, which owns Instagram, said the post was removed "in error."'],
     [("statement", None, "Meta")]),
    (["Jane Roe is an organizer with Never Again Action. The group's Instagram post read: \"We will be back.\""],
     [("statement", None, None)]),
])
def test_a_company_a_relative_clause_names_and_a_platform_are_no_speakers(paragraphs, expected):
    assert [(q.kind, q.speaker, q.org) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ('The two groups traded chants for an hour. From the encampment came "Free, free Palestine"; '
     'from across the lawn, "Am Yisrael Chai."', [("slogan", None), ("slogan", None)]),
    ('Students started a chant as the provost passed. "Shame on you!"', [("slogan", None)]),
    # a chant named, then a quotation that is a term, not its words
    ('The chanting went on for an hour. Police called the protest "peaceful and orderly."', [("statement", None)]),
    # a name between the chant and the quotation: his words, not the chant's
    ('"We are ready," said Jane Roe. || The crowd started a chant. Roe stopped them, laughing. "No, no, let me finish."',
     [("statement", "Jane Roe"), ("statement", "Jane Roe")]),
])
def test_words_after_a_chant_is_named_are_the_chant(sentence, expected):
    quotes = extract_from_paragraphs(sentence.split(" || "))
    assert [(q.kind, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize("sentence, expected", [
    ('"Who moves this city?" Terrence Wallace shouted. "We do!" the drivers answered.',
     [("slogan", "Terrence Wallace"), ("slogan", None)]),
    ('Jane Roe called out "Whose streets?" and the nurses answered "Our streets!"',
     [("slogan", "Jane Roe"), ("slogan", None)]),
    ('Terrence Wallace led the crowd in a call and response. "Who moves this city?" he shouted.',
     [("slogan", "Terrence Wallace")]),
])
def test_a_call_and_its_answer_by_people_of_any_kind_are_a_chant(sentence, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([sentence])] == expected


@pytest.mark.parametrize("sentence", ['"We do!" Jane Roe yelled.', '"Who moves this city?" Jane Roe shouted.'])
def test_a_named_shout_after_a_quotation_that_ends_its_sentence_is_theirs(sentence):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([sentence])] == [("statement", "Jane Roe")]


@pytest.mark.parametrize("sentence, expected", [
    ("Among the marchers was Tom Ellis, 34, a paramedic from Croydon, who said he had come because "
     "'nobody in power seems to be listening'.", ("Tom Ellis", None)),
    ('Among them was Jane Roe, an organizer with Never Again Action, who said the march was "only the beginning."',
     ("Jane Roe", "Never Again Action")),
    ('The rally was led by Amir Khan of Leeds, who said it was "a good day for the city."', ("Amir Khan", "Leeds")),
    ("Among the marchers was Sarah Cohen, 67, from north London, who said she had come to march 'not in my name'.",
     ("Sarah Cohen", None)),
    # "which" means the body: its name ends the antecedent
    ('The march was called by Jane Roe, a member of the Sunrise Movement, which said it was "a good day."',
     ("Sunrise Movement", None)),
])
def test_who_after_a_described_person_is_that_person_not_the_place_or_body_in_the_description(sentence, expected):
    assert [(q.speaker, q.org) for q in extract_from_paragraphs([sentence])] == [expected]


@pytest.mark.parametrize("sentence", [
    'We spoke to Ana Sousa, 29, a nurse at Santa Maria hospital. "I love my patients," she told us.',
    'Reporters talked to Ana Sousa, a nurse, outside. "I love my patients," she said.',
])
def test_someone_a_reporter_spoke_to_is_a_person_not_a_place(sentence):
    assert [q.speaker for q in extract_from_paragraphs([sentence])] == ["Ana Sousa"]


@pytest.mark.parametrize("sentence, expected", [
    ('The words "Your profits, our floods" appeared in white letters several stories high.', [("slogan", None)]),
    ('A second message, "Exxon knew," was projected for a few minutes.', [("slogan", None)]),
    ('One note, tucked into a bouquet of sunflowers, read, "You took care of everyone."', [("slogan", None)]),
    ('The cake read: "Happy birthday, union."', [("slogan", None)]),
    # people read something; documents read as their authors' words
    ('Jane Roe read a statement: "We are not going anywhere."', [("statement", "Jane Roe")]),
    ('The bill reads: "No person shall camp on public land."', [("statement", None)]),
    ('The word "efficiency" appeared on many signs.', []),
])
def test_words_a_thing_shows_are_a_slogan(sentence, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([sentence])] == expected


def test_a_photo_with_a_caption_shows_a_slogan():
    quotes = extract_from_paragraphs(['Some protesters held up photos of the victims with the caption "Remember their names."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


@pytest.mark.parametrize("sentence, expected", [
    ('A spokesperson for the counter-protest group, Faith First Fellowship, said it had a "right to share our beliefs."',
     (None, "Faith First Fellowship")),
    ('A spokesperson for the group, Jane Roe, said it had a "right to share our beliefs."', ("Jane Roe", None)),
])
def test_a_name_apposed_to_a_spokespersons_group_is_the_group(sentence, expected):
    assert [(q.speaker, q.org) for q in extract_from_paragraphs([sentence])] == [expected]


def test_books_held_up_beside_signs_are_titles_not_slogans():
    quotes = extract_from_paragraphs([
        'Many wore buttons that said "I read banned books." Others held up copies of the removed titles, '
        'including "The Bluest Eye" and "Gender Queer."'])
    assert [(q.text, q.kind) for q in quotes] == [("I read banned books.", "slogan")]


def test_a_students_class_year_is_no_part_of_her_name():
    quotes = extract_from_paragraphs([
        'Senior Ava Thompson, 17, told the board that the books had helped her. '
        '"You don\'t get to decide which stories matter to me," she said.'])
    assert [q.speaker for q in quotes] == ["Ava Thompson"]


@pytest.mark.parametrize("sentence, expected", [
    ('Philippe Martinez of the hard-left CGT called for the strikes to be "harder and more massive."',
     ("Philippe Martinez", "CGT")),
    ('Jane Roe of the moderate CFDT union said the country "does not want this reform."', ("Jane Roe", "CFDT")),
])
def test_a_person_of_a_described_body_is_the_person(sentence, expected):
    assert [(q.speaker, q.org) for q in extract_from_paragraphs([sentence])] == [expected]


def test_her_husband_who_speaks_next_is_not_the_woman_quoted_before():
    quotes = extract_from_paragraphs([
        '"We worked all our lives," said Martine Lefèvre, a 61-year-old hospital cleaner. Beside her, her husband '
        'nodded. "She has been on her feet for 40 years," he said.'])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We worked all our lives,", "Martine Lefèvre"), ("She has been on her feet for 40 years,", None)]


def test_a_shout_in_a_clause_after_though_is_the_shouters():
    quotes = extract_from_paragraphs([
        'Passersby mostly ignored the vigil, though a man in a pickup truck slowed to shout "Get a job!" before driving off.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", None)]


@pytest.mark.parametrize("sentence, expected", [
    ('Students taped messages to the fence of the Sorbonne: "Avenir volé," "Pas de retraite, pas de paix," '
     'and "On lâche rien."', [("slogan", None)] * 3),
    ('Jane Roe taped a sign to the fence: "Avenir volé."', [("slogan", "Jane Roe")]),
    ('Signs were banned inside the hall, so Jane Roe spoke plainly: "We will not stop."', [("statement", "Jane Roe")]),
])
def test_a_colon_after_a_clause_that_puts_up_signs_introduces_their_words(sentence, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([sentence])] == expected


@pytest.mark.parametrize("sentence, expected", [
    ('A banner across the upper tier read "Enough is enough." A smaller one in the family stand said '
     '"Football without fans is nothing."', [("slogan", None), ("slogan", None)]),
    # one in the crowd is a person
    ('Protesters waved signs. One in the crowd said "We are here to stay."', [("statement", None)]),
])
def test_one_of_the_signs_placed_somewhere_says_a_slogan(sentence, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([sentence])] == expected


def test_what_a_sign_carrier_wrote_on_it_is_her_slogan():
    quotes = extract_from_paragraphs([
        'Valentina Rojas, 24, carried a cardboard sign with the names of women killed in the past year. '
        'At the top, in red paint, she had written "Ni una menos" — Not one less.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Valentina Rojas")]


@pytest.mark.parametrize("sentence, expected", [
    ('Maria Ortega said an agent told her husband "you\'re going home today" before putting him in a van.', None),
    ('Jane Roe said Tom Smith told her "we will win this fight."', "Tom Smith"),
    # what someone wrote, in a clause she reports, is still hers to quote
    ('Jose Garcia said the family had written to the State Department "more times than I can count."', "Jose Garcia"),
])
def test_words_inside_a_reported_clause_are_its_subjects(sentence, expected):
    assert [q.speaker for q in extract_from_paragraphs([sentence])] == [expected]


def test_the_company_is_the_body_a_which_clause_described_not_a_union_named_before():
    quotes = extract_from_paragraphs([
        'Workers voted to strike, the United Food and Commercial Workers Local 7 announced Monday.',
        'King Soopers, which is owned by Kroger, said it was "disappointed" by the vote. '
        '"We have offered significant wage increases," the company said in a statement.'])
    assert [q.speaker for q in quotes] == ["King Soopers"]


def test_the_group_is_the_campaign_group_not_the_prosecution_service_quoted_last():
    quotes = extract_from_paragraphs([
        "Five Just Stop Oil activists have been jailed for planning to block the M25.",
        "Roger Hallam, a co-founder of the group, was sentenced to five years.",
        "Supporters held a banner outside the court.",
        "The Crown Prosecution Service said the sentences reflected 'the scale of the disruption and the cost to the public'.",
        "The group said in a statement that it would continue. 'We will not stop until the government stops "
        "licensing new oil and gas,' it said."])
    assert [q.speaker for q in quotes] == ["Crown Prosecution Service", "Just Stop Oil"]


def test_here_are_our_favorites_after_the_signs_introduces_a_list_of_signs():
    html = ("<p>As always, the signs were the stars. Here are some of our favorites:</p>"
            "<ul><li>\"I can't believe I'm marching for facts.\"</li>"
            "<li>\"Got polio? Me neither. Thank a scientist.\"</li></ul>")
    assert [(q.kind, q.speaker) for q in extract_quotes(html)] == [("slogan", None), ("slogan", None)]


def test_a_video_that_shows_someone_saying_words_gives_them_to_who_it_shows():
    quotes = extract_from_paragraphs([
        'Marcus Green, 33, was cited for disorderly conduct.',
        'Video of the meeting shows Green holding up a photo and saying, "You will hear his name every week."'])
    assert [q.speaker for q in quotes] == ["Marcus Green"]


@pytest.mark.parametrize("paragraphs, speaker", [
    (["Members of the Writers Guild of America returned to work.",
      'The guild\'s negotiating committee wrote to members: "This deal is exceptional, with real gains for writers."'],
     "Writers Guild of America"),
    # a committee of a body named in full: the body ("doctors" names whom it is for, not a verb)
    (["Resident doctors in England began a five-day strike on Tuesday.",
      "The British Medical Association's resident doctors committee said ministers had 'walked away from the table'."],
     "British Medical Association"),
    (["Council workers across the country voted to strike.",
      'Unison\'s national executive said the offer was "an insult to the lowest paid."'],
     "Unison"),
    # a person in that place is named: the chief executive is a person
    (["Piedmont National Bank lent the money.",
      'The bank\'s chief executive, Thomas Reinholt, said it was "committed to a responsible energy transition."'],
     "Thomas Reinholt"),
])
def test_a_bodys_own_committee_speaks_for_the_body(paragraphs, speaker):
    assert [q.speaker for q in extract_from_paragraphs(paragraphs)] == [speaker]


@pytest.mark.parametrize("sentence, expected", [
    ('Shouting "Enough is enough!" and "Protect kids, not guns!" as they marched, the students filled the plaza.',
     [("slogan", None), ("slogan", None)]),
    ('Children knelt on the boardwalk with sidewalk chalk, writing "Save the reefs" in wobbly letters.',
     [("slogan", None)]),
    ('Drivers honked to the rhythm of "Fund our schools," which the teachers chanted at every red light.',
     [("slogan", None)]),
])
def test_shouted_chalked_and_chanted_words_are_slogans(sentence, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([sentence])] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # "A Tesla owner" is someone described by a company's name, not the company
    (['A Tesla owner said he was "really embarrassed" to drive his car now.'], [("statement", None)]),
    (["Protesters targeted Elon Musk's role in the federal government.",
      'A Tesla owner who asked to be identified only by his first name, Greg, said he was "really embarrassed" '
      'to drive his car. He had put a bumper sticker on it that said "I am not with him."'],
     [("statement", None), ("slogan", None)]),
])
def test_a_person_described_by_a_companys_name_is_not_the_company_nor_the_man_named_before(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # "Hers" stands for the sign she was said to hold
    (['"They took our pension," said Kristin Hall, holding a coffee in one hand and a sign in the other. '
      'Hers read: "Pension, not peanuts."'],
     [("statement", "Kristin Hall"), ("slogan", "Kristin Hall")]),
    # "of his" is not the start of a sign's wording: a friend, unnamed, speaks
    (['Kristin Hall held a sign. A friend of his said: "This is what we want for everyone here today."'],
     [("statement", None)]),
])
def test_a_sign_referred_to_by_hers_is_the_carriers(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # words a crowd is led in are chanted, with no chant word in the sentence
    ('A roar went up. Someone near the stage is leading the crowd in "We did it!"', [("slogan", None)]),
    ('She led them in "Whose streets? Our streets!"', [("slogan", None)]),
    # ... but a song's title is the name of what they sang, as after "sang"
    ('Pastor James Wilder led the crowd in "Amazing Grace." His voice cracked on the second verse.', []),
    # ... and "led the city in" is no crowd
    ('The mayor, who led the city in "a decade of growth," spoke first.', []),
])
def test_words_a_crowd_is_led_in_are_a_chant(sentence, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([sentence])] == expected


def test_a_quotation_glossed_as_someones_term_is_a_name():
    quotes = extract_from_paragraphs([
        'Milei posted on X that the march was being used by "the caste" \u2014 his term for the political '
        'establishment.'])
    assert quotes == []


@pytest.mark.parametrize("paragraph, expected", [
    # "On it" is the poster just named, whoever held it
    ('A young woman at the front held a poster board above her head. On it, in red marker: '
     '"He said I can\'t breathe too."', [("slogan", None)]),
    # ... and a named carrier's, front and back
    ('Gloria Watts, 68, a retired nurse, wore a sandwich board. On the front: "Hands off my Medicaid." '
     'On the back: "I took care of you. Now take care of me."',
     [("slogan", "Gloria Watts"), ("slogan", "Gloria Watts")]),
])
def test_words_on_a_sign_named_before_are_its_slogan(paragraph, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([paragraph])] == expected


@pytest.mark.parametrize("sentence, expected", [
    # taped or stitched words are put up as painted ones are, even one word after "the word"
    ('Several had taped the word "Divest" in white letters across their mortarboards.', [("slogan", None)]),
    ('She had stitched the words "Nevertheless, she persisted" onto her jacket.', [("slogan", None)]),
    # a chant kept going
    ('Near the Treasury, a man with a bullhorn kept up a steady "Say it loud, say it clear, immigrants are '
     'welcome here."', [("slogan", None)]),
])
def test_taped_words_and_a_chant_kept_up_are_slogans(sentence, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([sentence])] == expected


def test_an_abbreviated_rank_is_a_title_not_part_of_the_name():
    quotes = extract_from_paragraphs([
        "The Met's Commander Adam Slonecki said officers had made 14 arrests.",
        "'A small minority came looking for trouble, and we dealt with them robustly,' Cdr Slonecki said."])
    assert [q.speaker for q in quotes] == ["Adam Slonecki"]


@pytest.mark.parametrize("paragraphs, speakers", [
    # "van den" joins a Dutch name; the force a spokesperson speaks for is the org, not the speaker
    (['A spokesperson for the Hague police, Frank van den Heuvel, said officers had "no choice but to act."'],
     [("Frank van den Heuvel", "Hague police")]),
    # a short name that is the full name's middle word
    (["Deputy parliamentary speaker Sufmi Dasco Ahmad later told reporters the revision would not pass.",
      '"The ratification of the bill is cancelled," Dasco said.'],
     [("Sufmi Dasco Ahmad", None)]),
])
def test_names_with_particles_and_middle_names(paragraphs, speakers):
    assert [(q.speaker, q.org) for q in extract_from_paragraphs(paragraphs)] == speakers


@pytest.mark.parametrize("paragraph, expected", [
    # a cry from one man who interrupts is his (unnamed), not a scare quote
    ('She was interrupted by a man in the gallery who called out "Fake science!" The chair warned him.',
     [("statement", None)]),
    # words a drawing shows are the drawing's, as a sign's
    ('Several of the children taped drawings to the fence. One, in purple crayon, showed a house and the words '
     '"Come home papi."', [("slogan", None)]),
])
def test_a_cry_and_a_drawings_words(paragraph, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([paragraph])] == expected


def test_a_named_persons_sign_after_a_list_of_signs():
    quotes = extract_from_paragraphs([
        "Jasmine Ortiz and Ellen Marsh walked the picket line together. Their signs were blunt:",
        '"Safe staffing saves lives"',
        'Ortiz\'s said simply "Ratios now." Marsh had made her own: "I\'ve been a nurse longer than your CEO has '
        'been alive."'], items=frozenset({1}))
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("slogan", None), ("slogan", "Jasmine Ortiz"), ("slogan", "Ellen Marsh")]


def test_a_spokeswoman_for_the_state_department_named_after():
    quotes = extract_from_paragraphs([
        'A spokeswoman for the state Department of Transportation, Linda Pratt, said the agency was "reviewing '
        'safety improvements" along the corridor.'])
    assert [(q.speaker, q.org) for q in quotes] == [("Linda Pratt", "Department of Transportation")]


def test_a_crowd_that_roars_back_an_answer_and_the_call_it_answers():
    quotes = extract_from_paragraphs([
        'Outside, the crowd roared back "This is what democracy looks like!" every time an organizer with a '
        'megaphone asked, "Show me what democracy looks like!"'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


@pytest.mark.parametrize("paragraphs, expected", [
    (['On the beach, children had written "No more poo in the sea" in the sand with sticks.'], [("slogan", None)]),
    # a chief executive set off after "whose" is who spoke
    (['The protests were organised by Surfers Against Sewage, whose chief executive, Giles Bristow, said the '
      'industry had "treated our rivers and seas as open sewers for far too long."'],
     [("statement", "Giles Bristow")]),
])
def test_words_in_the_sand_and_a_chief_executive_after_whose(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("paragraph, expected", [
    # a thing taped up "reads" its words, in a photo caption too
    ('Photo: A child\'s drawing taped to the podium reads "Dont close my school." (Jenna Morales/Staff)',
     [("slogan", None)]),
    # a document still reads as someone's words
    ('The letter taped to the door reads "We are closed for good, and we are sorry."', [("statement", None)]),
])
def test_a_thing_taped_up_that_reads(paragraph, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([paragraph])] == expected


@pytest.mark.parametrize("paragraph, expected", [
    ('The marquee of the Orpheum Theatre on Main Street read "Save our stages" in red letters.', [("slogan", None)]),
    ('A giant puppet of the mayor wore a sash that said "Minister of Silence."', [("slogan", None)]),
    ('Quilters stitched a banner of fabric squares. One square, by a 9-year-old violin student, said: '
     '"I want to play here when I grow up."', [("slogan", None)]),
    # people shouting, many of them, are a crowd; officers shouting give orders
    ('Drivers blasted their air horns in unison and some shouted "Let us drive!" as helicopters circled.',
     [("slogan", None)]),
    ('Officers shouted "Get back now!" as the crowd surged.', [("statement", None)]),
    # the work a song is from is its name
    ('The crowd dispersed, singing "Seasons of Love" from "Rent."', []),
])
def test_marquees_sashes_quilt_squares_and_shouting_drivers(paragraph, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([paragraph])] == expected


@pytest.mark.parametrize("paragraph, expected", [
    # a book read aloud is named by its title
    ('Inside, a drag queen named Miss Penny Dreadful was reading "The Hips on the Drag Queen Go Swish, Swish, '
     'Swish."', []),
    # "another" after a sign is another man when he shouts: his one word is no chant
    ('One man held a large sign that read "Protect children from grooming." Another repeatedly called out '
     '"Repent!" at parents.', [("slogan", None)]),
])
def test_a_title_read_aloud_and_another_man_who_shouts(paragraph, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([paragraph])] == expected


def test_a_verb_campaign_before_a_name_makes_no_body_of_it():
    # "would campaign against the recall, Whitfield said" had made Whitfield a body, so the
    # committee's "it" later went to her
    quotes = extract_from_paragraphs([
        'Asked whether she would campaign against the recall, Whitfield said: "I\'ll be doing my job."',
        "Whitfield's chief of staff, Priya Anand, wrote on Facebook that the petition was "
        '"riddled with misleading claims."',
        'The recall committee responded within the hour. "Nobody was misled," it said in a post.'])
    assert [q.speaker for q in quotes] == ["Whitfield", "Priya Anand", None]


def test_another_with_a_colon_after_a_sign():
    quotes = extract_from_paragraphs([
        'Eight employees stood in the parking lot with signs made from pizza boxes. One said "Bathroom breaks are '
        'a human right." Another: "We are not robots."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


@pytest.mark.parametrize("paragraph, expected", [
    ('Researchers carried signs. A graduate student in a lab coat held one that asked "What do we want? '
     'Evidence-based policy!"', [("slogan", None)]),
    # a reporter's gloss in pidgin is no second chant
    ('Protesters chanted "We no go gree!" - pidgin for "We will not agree" - as they walked along Ikorodu Road.',
     [("slogan", None)]),
])
def test_a_sign_that_asks_and_a_gloss_in_pidgin(paragraph, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([paragraph])] == expected


def test_things_glued_to_spell_words_are_a_sign():
    quotes = extract_from_paragraphs([
        'Another child had glued pine cones to cardboard to spell "Save Montana."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_chant_corrected_to_new_words_is_a_chant():
    quotes = extract_from_paragraphs([
        'The crowd answered with a chant of "No justice, no Jeeps!" \u2014 a line borrowed from other pickets '
        '\u2014 before someone corrected it to "No justice, no trucks!"'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


@pytest.mark.parametrize("sentence", [
    'The Chinese embassy in London said in a statement that the march was organised by "anti-China elements."',
    'The US embassy in Kyiv said the decision was "deeply regrettable and premature."',
])
def test_a_body_known_by_its_city_is_not_the_city(sentence):
    assert [q.speaker for q in extract_from_paragraphs([sentence])] == [None]


def test_a_time_after_a_name_does_not_describe_it_as_a_body():
    # ", a week after the board voted" had made Kevin O'Brien a body, and "he" went to the school
    quotes = extract_from_paragraphs([
        "About 30 parents marched to the home of school board president Kevin O'Brien, a week after the board "
        "voted to close Riverside Elementary.",
        'O\'Brien came out onto his porch and spoke with the parents. "I understand you\'re upset," he said.'])
    assert [q.speaker for q in quotes] == ["Kevin O'Brien"]


def test_messages_written_up_are_what_one_and_another_read():
    quotes = extract_from_paragraphs([
        'Some of the nurses had written messages on a long roll of paper taped to the hospital railings. One '
        'read: "Rest now, Grace. We\'ll take it from here." Another, in a child\'s handwriting: "I love you mummy."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


def test_one_described_as_a_dentist_is_who_he_means_not_the_hotel_quoted_before():
    quotes = extract_from_paragraphs([
        'In a statement, Hilton Bayfront said it had "bargained in good faith."',
        'Guests wheeled their suitcases past the picket line. One, a dentist from Phoenix who declined to give '
        'his name, said he supported the workers. "I\'d strike too," he said.'])
    assert [q.speaker for q in quotes] == ["Hilton Bayfront", None]


@pytest.mark.parametrize("paragraph, expected", [
    ('One boy\'s drawing, taped to the fence, bore the caption "My dad digs copper."', [("slogan", None)]),
    # an adverb set off after "and" keeps the list of signs going
    ('Others carried hand-lettered cardboard: "Ely will survive" and, more pointedly, "Shame on you, KGHM."',
     [("slogan", None), ("slogan", None)]),
])
def test_a_caption_borne_and_a_list_of_signs_with_an_aside(paragraph, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([paragraph])] == expected


def test_a_person_in_a_trade_of_a_body_is_still_a_person():
    # "a retired airline pilot" had typed him as an airline, so "he" found nobody
    quotes = extract_from_paragraphs([
        'Among those arrested was Derek Olawale, a retired airline pilot who flew for 31 years. "I know exactly '
        'what those engines put out," he said as officers led him away.'])
    assert [q.speaker for q in quotes] == ["Derek Olawale"]


@pytest.mark.parametrize("paragraph, expected", [
    ('Volunteers set up a whiteboard. At the top, in red marker, someone had written "Day 1."', [("slogan", None)]),
    ('In chalk on the steps, Jo Smith had written "We remember."', [("slogan", "Jo Smith")]),
    ('She had written "I am sorry" in a letter to the family.', [("statement", None)]),
])
def test_words_written_in_marker_or_chalk_are_sign_text(paragraph, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([paragraph])] == expected


def test_a_translation_after_or_is_the_reporters():
    quotes = extract_from_paragraphs([
        'The crowd chanted "Occupy Parliament!" and, in Swahili, "Ruto lazima aende," or "Ruto must go."'])
    assert [q.text for q in quotes] == ["Occupy Parliament!", "Ruto lazima aende,"]


@pytest.mark.parametrize("paragraph, expected", [
    # the sign's words inside the opening phrase had made "Wearing" the speaker of what followed
    ('Wearing a "Trump 2028" hat, Gary Lindquist said the protesters were "making a lot of noise about nothing."',
     [("slogan", "Gary Lindquist"), ("statement", "Gary Lindquist")]),
    ('Holding a sign that read "Tax the Rich," Jane Roe said she had marched since 1968.',
     [("slogan", "Jane Roe")]),
    ('Holding a sign that read "Tax the Rich," protesters marched to the Capitol.', [("slogan", None)]),
    # not the subject of a sentence in which someone else holds the sign
    ('Jane Roe marched beside a woman holding a sign reading "Abolish ICE."', [("slogan", None)]),
])
def test_a_sign_carried_in_an_opening_phrase_is_the_subjects(paragraph, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([paragraph])] == expected


def test_an_unnamed_person_after_among_them_was_is_who_she_means():
    # she had gone to the NHS director quoted in the paragraph before
    quotes = extract_from_paragraphs([
        "Its national medical director, Prof Meghana Pandit, said: 'Strikes have a real impact on patients.'",
        "Among those on the picket was a second-year foundation doctor who asked not to be named because she "
        "feared it could affect her training. 'I earn less per hour than my sister,' she said."])
    assert [q.speaker for q in quotes] == ["Meghana Pandit", None]


def test_a_list_of_slogans_goes_on_past_a_quoted_translation():
    quotes = extract_from_paragraphs([
        'Demonstrators carried banners proclaiming "64 c\'est non!" ("64 is a no!") and "Métro, boulot, tombeau" '
        '- "commute, work, grave".'])
    assert [(q.text, q.kind) for q in quotes] == [("64 c'est non!", "slogan"), ("Métro, boulot, tombeau", "slogan")]


@pytest.mark.parametrize("paragraphs, expected", [
    # "PhD" had been read as her name, and "she" went to it
    (['A PhD student from Johns Hopkins, Maya Okonkwo, carried a chart with a downward arrow and the caption '
      '"This Is Not A Good Trend." "I wanted something my grandmother could understand," she said.'],
     [("slogan", "Maya Okonkwo"), ("statement", "Maya Okonkwo")]),
    # "Brooklyn" had been read as the organizer's name
    (['A JFREJ organizer from Brooklyn, Maya Okonkwo, said "We are here for our neighbors."'],
     [("statement", "Maya Okonkwo")]),
    # "That man," had been read as an opening like "That night," and "he" went to Tom Brandt
    (['"We have had needles in our playground," said Tom Brandt.',
      'That man, who gave his name as Curtis, said he had worked as a line cook. "People think we chose this," '
      'he said.'],
     [("statement", "Tom Brandt"), ("statement", "Curtis")]),
])
def test_who_an_apposition_or_a_given_name_makes_the_speaker(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("paragraph, expected", [
    ('Kids held up paper plates, and one retiree wore a sandwich board that said "Grrreat Jobs Gone."',
     [("slogan", None)]),
    ('The school board said "we hear you."', [("statement", None)]),
])
def test_a_sandwich_board_is_a_sign_and_a_school_board_is_not(paragraph, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([paragraph])] == expected


_INTERVIEW_INTRO = ("Maru Mora Villalpando, an organizer with the group La Resistencia, has not eaten since "
                    "Feb. 18. We spoke on Saturday.")


def test_an_interview_prompt_in_bold_is_a_question_whatever_its_mark():
    html = (f"<p>{_INTERVIEW_INTRO}</p><p><strong>Why a hunger strike?</strong></p>"
            "<p>\u201cBecause the people inside started it.\u201d</p>"
            "<p><strong>ICE says conditions meet federal standards.</strong></p>"
            "<p>\u201cThen let us in. Let a journalist in.\u201d</p>")
    assert [q.speaker for q in extract_quotes(html)] == ["Maru Mora Villalpando"] * 2


def test_a_q_prefix_marks_an_interviewers_prompt_in_plain_text():
    quotes = extract_from_paragraphs([
        _INTERVIEW_INTRO, "Q: Why a hunger strike?", '"Because the people inside started it."',
        "Q: ICE says conditions meet federal standards.", '"Then let us in. Let a journalist in."'])
    assert [q.speaker for q in quotes] == ["Maru Mora Villalpando"] * 2


def test_words_in_a_relative_clause_are_its_antecedents():
    # they had gone to the governor, the subject of the sentence
    quotes = extract_from_paragraphs([
        "Gov. Ron DeSantis's office referred questions to the Florida Department of Health, which has run "
        'advertisements warning that the amendment "threatens the safety of women."'])
    assert [q.speaker for q in quotes] == ["Florida Department of Health"]


@pytest.mark.parametrize("paragraph, expected", [
    ('The crowd\'s answer to the counterprotesters, shouted in unison, was "Yes on 4!"', [("slogan", None)]),
    ('The posters appeared overnight. "Free Speech Is Not Free," read the largest, in black block capitals. '
     'Smaller ones simply said "Reinstate the Five."', [("slogan", None), ("slogan", None)]),
    ('Her loved ones said "she would have been proud of this crowd."', [("statement", None)]),
])
def test_a_crowd_as_one_and_smaller_ones_of_the_signs(paragraph, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([paragraph])] == expected


def test_two_first_names_before_one_surname_are_both_that_familys():
    # "Mr. Garcia" had gone to Carmen Garcia, the only Garcia named in full
    quotes = extract_from_paragraphs([
        "Luis and Carmen Garcia have farmed the same land for 31 years.",
        '"They sent us a letter," Carmen Garcia said.',
        'Her husband said he had spent $40,000 on lawyers. "I am 68 years old," Mr. Garcia said.'])
    assert [q.speaker for q in quotes] == ["Carmen Garcia", "Luis Garcia"]


@pytest.mark.parametrize("paragraphs, expected", [
    (['Rowan Ellis, 17, a high school senior who is nonbinary, spoke first. "I am not confused," Ellis said.',
      'As they left, Ellis said the fight was not over. "We will be here next session," they said.'],
     ["Rowan Ellis", "Rowan Ellis"]),
    # not a group's "they" in a paragraph where the group spoke
    (['Rowan Ellis, 17, who is nonbinary, spoke first. "I am not confused," Ellis said.',
      'Organizers from Equality Ohio said the fight was not over. "We will be here next session," they said.'],
     ["Rowan Ellis", None]),
])
def test_they_is_one_person_the_article_says_is_nonbinary(paragraphs, expected):
    assert [q.speaker for q in extract_from_paragraphs(paragraphs)] == expected


def test_a_list_of_chants_goes_on_past_a_clause_of_when():
    quotes = extract_from_paragraphs([
        'The crowd chanted "Trans rights are human rights!" and, as the vote was called, "We\'ll be back!"'])
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


def test_an_age_given_once_is_the_subjects_not_a_place_named_after_at():
    # "the 38-year-old" had gone to "Wallace Unit", a prison named after "at the"
    quotes = extract_from_paragraphs([
        'Among those at the sit-in was Lorena Ibarra, whose 42-year-old brother is serving a sentence at the '
        'Wallace Unit near Colorado City. "My brother told me the walls sweat," the 38-year-old said.'])
    assert [q.speaker for q in quotes] == ["Lorena Ibarra"]


def test_the_attorney_is_the_lawyer_named_before():
    quotes = extract_from_paragraphs([
        "Her brother's lawyer, Jeff Edwards, has filed a federal lawsuit. The attorney told reporters the "
        'conditions amounted to "cruel and unusual punishment."'])
    assert [q.speaker for q in quotes] == ["Jeff Edwards"]


def test_visitors_who_shout_as_one_shout_a_slogan():
    quotes = extract_from_paragraphs([
        'Video showed two people running at the stones as visitors shouted "No!" and tried to stop them. '
        'One man can be heard shouting "Stop it!" before grabbing one of the activists.'])
    assert [(q.text, q.kind) for q in quotes] == [("No!", "slogan"), ("Stop it!", "statement")]


def test_the_union_is_the_local_that_just_spoke_not_a_union_named_before():
    quotes = extract_from_paragraphs([
        "The suit was filed by a coalition that includes the Los Angeles Tenants Union.",
        "Unite Here Local 11 said in its own statement that hotel workers were most at risk. "
        '"Our members clean the rooms of tourists," the union said.'])
    assert [q.speaker for q in quotes] == ["Unite Here Local 11"]


def test_a_named_subject_after_among_them_was_is_who_he_means():
    quotes = extract_from_paragraphs([
        "Among the public speakers was Tur-Ha Ak, a community organizer with Community Ready Corps, who said the "
        'department had not earned the trust to use new tools. "Fix what you have before you ask for more," he said.'])
    assert [q.speaker for q in quotes] == ["Tur-Ha Ak"]


@pytest.mark.parametrize("paragraphs, expected", [
    # "Said Rhodes" had been read as a name
    (['Said Rhodes: "We will be here until they sign."'], ["Rhodes"]),
    (['Mackenzie Rhodes spoke first.', 'So says Rhodes: "We will be here until they sign."'], ["Mackenzie Rhodes"]),
    # "Hours" had been read as the speaker
    (['Rose Abramoff, an ecologist, was also arrested. Hours after her release she posted on Instagram: '
      '"Still here. Still a scientist."'], ["Rose Abramoff"]),
])
def test_a_verb_before_its_subject_and_a_time_before_she(paragraphs, expected):
    assert [q.speaker for q in extract_from_paragraphs(paragraphs)] == expected


@pytest.mark.parametrize("paragraph, expected", [
    # "New Jersey Matthew Platkin" had been read as one name
    ('Speaking to reporters, Attorney General of New Jersey Matthew Platkin called the order "flagrantly '
     'unconstitutional." "No president can rewrite the Constitution with a pen," he said.',
     ["Matthew Platkin", "Matthew Platkin"]),
    # a title before the name is no place: still a spokesperson for the minister
    ('A spokesperson for Environment Minister Tanya Plibersek said the government had "the strongest '
     'environmental laws in a generation."', [None]),
])
def test_a_place_run_into_a_persons_name(paragraph, expected):
    assert [q.speaker for q in extract_from_paragraphs([paragraph])] == expected


def test_he_after_among_them_was_a_name_is_that_name_not_what_he_builds():
    # "He held a sign" had gone to "Jeep Wranglers", the last capitalised words
    quotes = extract_from_paragraphs([
        "Among the rally-goers was Chaz Williams, 29, who builds Jeep Wranglers in Toledo and has been on the "
        'picket line since the first day. He held a hand-painted sign: "Tier 2 Is Over."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Chaz Williams")]


def test_a_crowd_led_by_two_named_people_sings_its_own_song():
    # the song had gone to the stepfather, named last in the "led by" list
    quotes = extract_from_paragraphs([
        "The marchers, led by Nichols' mother, RowVaughn Wells, and stepfather, Rodney Wells, walked from the "
        'museum to City Hall singing "we shall overcome, we shall overcome some day."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_it_after_a_message_sent_is_its_senders():
    # "it said" had gone to "End of Life", a bill's title named the paragraph before
    quotes = extract_from_paragraphs([
        "MPs debated the Terminally Ill Adults (End of Life) Bill.",
        "Dame Esther Rantzen, the broadcaster, sent a message read out to the crowd by her daughter, Rebecca "
        "Wilcox. 'I may not live to see this law pass,' it said, 'but I hope my grandchildren will.'"])
    assert [q.speaker for q in quotes] == ["Esther Rantzen"]


@pytest.mark.parametrize("paragraph, expected", [
    ('Rep. Alexandria Ocasio-Cortez posted a photo of the walkout on Instagram with the caption "Solidarity with '
     'the KCVG workers!"', [("statement", "Alexandria Ocasio-Cortez")]),
    ('One boy\'s drawing, taped to the fence, bore the caption "My dad digs copper."', [("slogan", None)]),
])
def test_a_posts_caption_is_a_statement_and_a_drawings_is_sign_text(paragraph, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([paragraph])] == expected


@pytest.mark.parametrize("paragraph, expected", [
    ('Someone had arranged 21 white crosses. A handwritten card leaned against the one for Lexi: "Forever 10."',
     [("slogan", None)]),
    # a note someone wrote to someone is not put up for all to read
    ('His mother wrote a handwritten note that said "I forgive you," the lawyer said.', [("statement", None)]),
])
def test_a_handwritten_card_put_up_is_sign_text(paragraph, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([paragraph])] == expected


def test_the_representative_is_the_unnamed_one_not_the_body_they_speak_for():
    # "the representative said" had gone to the association ("Association-West" had hidden its keyword)
    quotes = extract_from_paragraphs([
        "A representative of the Louisiana Crawfish Producers Association-West, who asked not to be named, said "
        'many crawfishermen shared the concerns. "They have already blocked the water," the representative said.'])
    assert [q.speaker for q in quotes] == [None]


def test_a_link_to_another_story_is_a_headline_not_a_quotation():
    quotes = extract_from_paragraphs([
        '"We are exhausted," said Hannah Wilkins, a nurse.',
        "RELATED: Kaiser mental health workers end six-month strike: 'We won'",
        'Read more: Nurses vote to strike, saying "enough is enough"'])
    assert [q.text for q in quotes] == ["We are exhausted,"]


@pytest.mark.parametrize("paragraph, expected", [
    ('Participants placed white crosses along the wall, each bearing a name or the word "Desconocido" — unknown.',
     [("Desconocido", "slogan")]),
    # a single word called a word is still a term
    ('The minister used the word "unprecedented" twice.', []),
])
def test_one_word_borne_on_a_cross_is_its_inscription(paragraph, expected):
    assert [(q.text, q.kind) for q in extract_from_paragraphs([paragraph])] == expected


@pytest.mark.parametrize("paragraph, expected", [
    ('Children drew pictures of rivers in chalk on the sidewalk. One had written, in green, "Let Us Grow Up." '
     'Another had drawn a trout with a speech bubble: "Save my river!"', [("slogan", None), ("slogan", None)]),
    # ink is how a letter is written, not a sign
    ('Jane Roe had written, in blue ink, "we will be back" in her letter to the board.',
     [("statement", "Jane Roe")]),
])
def test_words_written_in_a_colour_and_a_drawings_speech_bubble(paragraph, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([paragraph])] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # an aside between dashes after the subject: an apposition, a clause about someone else,
    # or the name the subject is known by
    (["Mark Olsen spoke first. Ruth Delgado — a retired teacher — held a sign. It said \"Staff up now.\""],
     [("slogan", "Ruth Delgado")]),
    (["Mark Olsen spoke first. One marcher — Olsen called her a regular — said \"We will be back.\""],
     [("statement", None)]),
    (["Ruth Delgado spoke. One of them — Delgado would only say her name was Gloria — held a banner. "
      "It said \"Grannies stand with strikers.\""], [("slogan", "Gloria")]),
    (["Mark Olsen spoke first. One marcher - she gave only her first name, Ana - held a sign. It said \"Staff up now.\""],
     [("slogan", "Ana")]),
])
def test_an_aside_between_dashes_after_the_subject(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


def test_a_sign_carried_by_whom_a_relative_clause_means():
    quotes = extract_from_paragraphs([
        "5:15 p.m. — We spoke to Dana Whitfield, 63, who carried a sign with a drawing of the Statue of Liberty "
        'covering her eyes. Its caption: "I can\'t watch."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Dana Whitfield")]


def test_a_company_named_by_its_trade_is_the_company_that_said():
    quotes = extract_from_paragraphs([
        '"Is that too much?" said Marcus Bell, a union steward.',
        "Kessler Foods did not respond to a request for comment. In a message to employees last month, the company "
        'said it "remains committed to a fair agreement."'])
    assert [q.speaker for q in quotes] == ["Marcus Bell", "Kessler Foods"]


def test_one_word_that_opens_a_split_quote_is_part_of_it():
    quotes = extract_from_paragraphs([
        "Carol Pruitt spoke.", 'She paused and looked at the crowd. "Please," she said. "Make this the last one."',
        '"Yes," she said.'])  # alone, one word is still no quotation
    assert [(q.text, q.speaker) for q in quotes] == [("Please, Make this the last one.", "Carol Pruitt")]


@pytest.mark.parametrize("paragraph, expected", [
    # a frame holds the banner, not the man who built it
    ("Her friend Teo Almonte, a carpenter, built the wooden frame that holds the band's banner, which reads "
     '"Musicians Against Deportation" in gold paint.', [("slogan", None)]),
    # words on a helmet, front and back: one list
    ('Many wore white. One rider\'s helmet said "Slow down" on the front and "Daniel should be here" on the back.',
     [("slogan", None), ("slogan", None)]),
    ('Ana Ruiz wore a T-shirt that said "Nurses care" on the front and "Staff up" on the back.',
     [("slogan", "Ana Ruiz"), ("slogan", "Ana Ruiz")]),
])
def test_sign_text_on_helmets_frames_and_both_sides(paragraph, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([paragraph])] == expected


def test_an_irregular_participle_opens_a_phrase_not_a_name():
    quotes = extract_from_paragraphs([
        "Hung from the railings of the bridge, spray-painted in big letters, the bedsheets spelled out the "
        'message one sheet at a time: "NO ONE IS ILLEGAL ON STOLEN LAND."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_the_subject_inside_a_relative_clause_said_it():
    quotes = extract_from_paragraphs([
        "Five members of the group Money Rebellion held a banner.",
        "In April, members sprayed paint on the headquarters of Barclays, which the group said had "
        '"more blood on its hands than any other British bank."',
        'The plan, which Mayor Ana Ruiz said would "change everything," passed.'])
    assert [q.speaker for q in quotes] == ["Money Rebellion", "Ana Ruiz"]


@pytest.mark.parametrize("paragraph, expected", [
    ('Signs filled the street. "Respect us," said one. "Respétanos," said the one next to it.',
     [("slogan", "Respect us,"), ("slogan", "Respétanos,")]),
    ('Signs filled the street. "Respect us," said one. "Pay us now," said another. "No more cuts," said a third.',
     [("slogan", "Respect us,"), ("slogan", "Pay us now,"), ("slogan", "No more cuts,")]),
    # people, not signs: "the other" is the other nurse
    ('Two nurses spoke. "We are tired," said one. "We are angry," said the other.',
     [("statement", "We are tired,"), ("statement", "We are angry,")]),
])
def test_a_third_and_the_one_next_to_it_are_more_of_the_same_signs(paragraph, expected):
    assert [(q.kind, q.text) for q in extract_from_paragraphs([paragraph])] == expected


def test_a_crowd_after_a_quoted_opening_clause_shouts():
    quotes = extract_from_paragraphs([
        'When Ernst said that the bill would protect "the most vulnerable," people in the bleachers shouted '
        '"Liar!" and "Shame!"'])
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("statement", "Ernst", "the most vulnerable,"), ("slogan", None, "Liar!"), ("slogan", None, "Shame!")]


def test_a_sign_made_by_someone_named_in_an_apposition_is_theirs():
    quotes = extract_from_paragraphs([
        "Several children carried hand-drawn signs. One, made by 7-year-old Mateo Sanchez, showed a yellow bus "
        'and the words "Where is my bus?"'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Mateo Sanchez")]


def test_the_company_is_no_public_board_and_a_name_used_alone_first_is_its_own():
    quotes = extract_from_paragraphs([
        "Dozens of workers at Amazon's largest air hub walked off the job.",
        'The workers, organizing with the group Amazon Labor Union-IBT Local 1, chanted "Amazon, pay up!"',
        'Amazon said the walkout involved "a small fraction" of its workers.',
        "The union said it had filed charges with the National Labor Relations Board. The company denied the "
        'allegations, saying it "has always respected our right to organize."'])
    assert [q.speaker for q in quotes] == [None, "Amazon", "Amazon"]


def test_the_company_is_never_the_labor_board_named_last():
    quotes = extract_from_paragraphs([
        '"You do the math," said Jasmine Leli, a shift supervisor.',
        "The union said it had filed charges with the National Labor Relations Board. The company denied the "
        'allegations, saying it "has always respected our right to organize."'])
    assert [q.speaker for q in quotes] == ["Jasmine Leli", None]


def test_words_shouted_by_someone_wrapped_in_a_flag_are_not_on_it():
    quotes = extract_from_paragraphs([
        'A young man wrapped in an EU flag stood in front of the line of riot police and shouted "Shame on you!" '
        "over and over until friends pulled him away."])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", None)]


@pytest.mark.parametrize("paragraph, expected", [
    ("A group calling itself the Light Brigade projected messages in enormous white letters onto the building's "
     'granite wall: "ICE OUT OF MINNESOTA," followed by "WE SEE YOU," and then, in Spanish, "NO ESTÁN SOLOS."',
     [("slogan", None)] * 3),
    ('Among the drawings, someone had written in careful block letters: "Families belong together."',
     [("slogan", None)]),
    # a letter is still mail, whatever its letters
    ('Roe wrote in capital letters in her letter to the mayor: "We will be back."', [("statement", "Roe")]),
])
def test_words_projected_or_written_in_block_letters_are_shown_text(paragraph, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([paragraph])] == expected


@pytest.mark.parametrize("paragraph, expected", [
    ('A group called Light Brigade said in a statement: "ICE must leave."', "Light Brigade"),
    ('A coalition called Jews for Racial and Economic Justice said: "We are here."',
     "Jews for Racial and Economic Justice"),
    ('A group of students called the dean a coward: "He hides."', None),
])
def test_a_body_called_by_its_name_is_that_name(paragraph, expected):
    assert [q.speaker for q in extract_from_paragraphs([paragraph])] == [expected]


def test_an_interviews_answers_stay_with_the_subject_after_the_reporter_quotes_someone_else():
    quotes = extract_from_paragraphs([
        "Rhea Mitchell, 26, organized the die-in. We spoke to her on Sunday.",
        "Why a die-in?", '"Because people die from this."',
        "What about Halvorsen's renewables?", '"It\'s a rounding error."',
        'A Halvorsen spokesperson, Dana Kirk, called the protest "a stunt."',
        "What's next?", '"We\'ll be back. Bring a friend."'])
    assert [q.speaker for q in quotes] == ["Rhea Mitchell", "Rhea Mitchell", "Dana Kirk", "Rhea Mitchell"]


@pytest.mark.parametrize("paragraphs, expected", [
    (["Others were blunt. \"NO KINGS,\" in black capitals, was everywhere — on signs, on T-shirts, on a flag."],
     [("slogan", None)]),
    (["Retired nurse Carol Jennings, 71, held a poster with a photo of her late husband. "
      "Beneath it she had written: \"He didn't fight for a king.\""], [("slogan", "Carol Jennings")]),
])
def test_how_and_where_words_were_written_around_them(paragraphs, expected):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs(paragraphs)] == expected


def test_the_word_underlined_on_a_sign_is_talked_about_and_the_classics_are_signs():
    quotes = extract_from_paragraphs([
        "WASHINGTON — The signs at the march told their own story.",
        'There were the classics, revived from 2017: "Nevertheless, she persisted," "The future is female" and a '
        "sea of pink knitted hats. A grandmother carried a sign that read \"I can't believe I still have to "
        'protest this," with the word "still" underlined three times.',
        'Signs were everywhere. One had only the word "Enough."'])
    assert [(q.kind, q.text) for q in quotes] == [
        ("slogan", "Nevertheless, she persisted,"), ("slogan", "The future is female"),
        ("slogan", "I can't believe I still have to protest this,"), ("slogan", "Enough.")]


@pytest.mark.parametrize("paragraph, expected", [
    ("Victoria's Minister for Creative Industries, Colin Brooks, said the government was 'working with councils'.",
     "Colin Brooks"),
    ("Georgia's Secretary of State, Brad Raffensperger, said the ruling was 'a disgrace to the nation'.",
     "Brad Raffensperger"),
    ("Secretary of State Antony Blinken said the ruling was 'a disgrace to the nation'.", "Antony Blinken"),
])
def test_an_office_and_its_portfolio_are_nobodys_name(paragraph, expected):
    assert [q.speaker for q in extract_from_paragraphs([paragraph])] == [expected]


def test_a_songs_rendition_after_a_chant_is_a_title():
    quotes = extract_from_paragraphs([
        "The crowd chanted 'Let us play' as the last band took the stage, and Kelly's rendition of "
        "'It's a Long Way to the Top' drew the loudest cheer of the day."])
    assert [(q.kind, q.text) for q in quotes] == [("slogan", "Let us play")]


def test_hymns_listed_after_sang_are_titles_and_hand_lettered_cards_carry_words():
    quotes = extract_from_paragraphs([
        'The protesters sat on the floor and sang hymns, including "Amazing Grace" and "We Shall Not Be Moved." '
        'Some held photographs of their children; others held hand-lettered cards that said "SNAP feeds my family."'])
    assert [(q.kind, q.text) for q in quotes] == [("slogan", "SNAP feeds my family.")]


def test_her_son_is_the_son_named_before():
    quotes = extract_from_paragraphs([
        "Joan Tatum and her son, Eli Tatum, were arrested on Monday.",
        '"I raised him right," Joan Tatum said.',
        "Her son, 34, a carpenter from Duluth, said he had watched his mother get arrested. "
        '"Now I get it," he said.',
        '"Somebody has to keep an eye on her," her son said.'])
    assert [q.speaker for q in quotes] == ["Joan Tatum", "Eli Tatum", "Eli Tatum"]


def test_a_surname_that_is_a_titles_word_and_a_letter_read_by_someone_else():
    quotes = extract_from_paragraphs([
        '"They call us heroes. Then they cut our pay." — Angela Ruiz, 39, packaging',
        '"Two-tier wages split us in half." — Marcus Dean, 58, maintenance',
        "Dan Osborn, president of the local, read aloud a letter from a retired Kellogg worker who could not "
        'attend. "I gave that company 38 years," the letter said.',
        'He then read a letter from Ruth Haines. "Don\'t let them take what we built," the letter said.'])
    assert [q.speaker for q in quotes] == ["Angela Ruiz", "Marcus Dean", None, "Ruth Haines"]


@pytest.mark.parametrize("paragraph, expected", [
    ('"We will win," said Sam Bishop, a nurse.', "Sam Bishop"),
    ('"We will win," said Karen Judge.', "Karen Judge"),
    # an office, with its holder or a determiner: still no name
    ('The Health Secretary, Steve Barclay, said the strike was "completely unjustified."', "Steve Barclay"),
    ('The Prime Minister said the strike was "completely unjustified."', None),
])
def test_a_surname_that_is_a_titles_word_is_still_a_name(paragraph, expected):
    assert [q.speaker for q in extract_from_paragraphs([paragraph])] == [expected]


def test_he_after_she_hugged_her_father_is_the_father():
    paragraphs = [
        'Tony Russo, 62, held a sign that read "Neighborhood first." His daughter, Gina Russo, 29, stood across the street.',
        '"I love her. She\'s wrong," Mr. Russo said.',
        'A spokesman for Mayor Eric Adams, Fabien Levy, said the city was "out of options" this year.',
        'At the end of the afternoon, Ms. Russo crossed the street and hugged her father. "We\'ll argue at dinner," he said.']
    assert [q.speaker for q in extract_from_paragraphs(paragraphs)] == [
        "Tony Russo", "Tony Russo", "Fabien Levy", "Tony Russo"]
    # no one else of her name: the father is unnamed, and not the man quoted last
    paragraphs[0] = 'Tony Russo, 62, held a sign that read "Neighborhood first." Gina Marino, 29, stood across the street.'
    paragraphs[3] = paragraphs[3].replace("Ms. Russo", "Ms. Marino")
    assert [q.speaker for q in extract_from_paragraphs(paragraphs)][-1] is None


def test_a_participle_after_the_quotation_is_the_subjects_not_an_inverted_attribution():
    quotes = extract_from_paragraphs([
        "President Bola Tinubu, in a broadcast on Sunday, urged the protesters to \"suspend any further protests "
        'and create room for dialogue," saying the reforms needed time.'])
    assert [q.speaker for q in quotes] == ["Bola Tinubu"]


def test_a_people_named_with_a_plural_is_no_one_he_can_mean():
    quotes = extract_from_paragraphs([
        "Near the front, Rabbi Jeffrey Newman, 82, walked with a group from Na'amod, a movement of British Jews "
        "against the occupation. He carried a placard reading 'Not in our name'. 'I'm here because I'm Jewish, "
        "not in spite of it,' he said.",
        "A spokesman for the Welsh Conservatives said pupils should 'be in school, learning' this week.",
        "'We are tired,' said Eli Hughes, a teacher."])
    assert [q.speaker for q in quotes] == ["Jeffrey Newman", "Jeffrey Newman", None, "Eli Hughes"]
    assert quotes[2].org == "Welsh Conservatives"  # a party is a body, not a people


def test_whom_someone_calls_on_after_a_titles_period_is_no_subject():
    quotes = extract_from_paragraphs([
        "UFW President Teresa Romero took the microphone.",
        'Romero called on Gov. Gavin Newsom to sign a bill requiring shade. "This year, sign the bill," she said.',
        'Ana Ruiz spoke next. Ruiz called on Gov. Gavin Newsom to act. "I will," he said.'])
    assert [q.speaker for q in quotes] == ["Teresa Romero", "Gavin Newsom"]


def test_a_photo_posted_with_the_message_is_the_posters_statement():
    quotes = extract_from_paragraphs([
        "The Indigenous-led group Honor the Earth organised the vigil.",
        'Online, the group Honor the Earth posted a photo of the crowd with the message: '
        '"They said nobody would show up. Look again."',
        'Volunteers posted signs on the fence with the message "Keep out."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Honor the Earth"), ("slogan", None)]


def test_a_sentence_opening_adverb_is_no_name():
    quotes = extract_from_paragraphs(['Online, Jane Roe said: "We are not done here."',
                                      'Overseas, Sam Lee said: "Neither are we, not yet."'])
    assert [q.speaker for q in quotes] == ["Jane Roe", "Sam Lee"]


@pytest.mark.parametrize("time, speaker", [("2 p.m.", "Rebecca Grady Jennings"), ("2 p.m. Monday.", "Rebecca Grady Jennings")])
def test_a_time_ends_its_sentence_before_a_capital_that_does_not_date_it(time, speaker):
    quotes = extract_from_paragraphs([
        f"Inside, the verdict was read shortly after {time} Judge Rebecca Grady Jennings thanked the jurors and "
        'reminded the gallery: "Whatever you feel about this verdict, this jury did its job."'])
    assert [q.speaker for q in quotes] == [speaker]


def test_a_role_and_name_after_an_opening_phrase_is_the_subject_a_pronoun_next_means():
    quotes = extract_from_paragraphs([
        'Judge Rebecca Jennings told the jurors: "Go home and rest."',
        "Outside, organizer Shameka Parrish-Wright addressed the marchers through a bullhorn.",
        '"I am angry, and I am tired," she said.'])
    assert [q.speaker for q in quotes] == ["Rebecca Jennings", "Shameka Parrish-Wright"]


@pytest.mark.parametrize("sentence", [
    "A woman holding a cardboard sign said she was 16.",
    'One of the last people to leave, a teenager holding a cardboard sign with "I am not a threat" written in '
    "marker, said she was 16. She declined to give her name.",
])
def test_an_unnamed_person_holding_a_sign_is_who_she_next_means(sentence):
    quotes = extract_from_paragraphs([
        'Lance McGrath said in a statement that the association "strongly opposes any effort to remove books."',
        sentence,
        '"I just wanted them to see one of the kids they are talking about," she said.'])
    assert [q.speaker for q in quotes if q.kind == "statement"] == ["Lance McGrath", None]


@pytest.mark.parametrize("paragraph", [
    'A line of children held up a long sheet of butcher paper on which they had painted, in yellow letters, "Love is louder."',
    'On the sheet they had painted "Love is louder."',
    'They held up a sheet on which they had written "Love is louder."',
])
def test_words_painted_or_written_on_a_surface_are_a_slogan(paragraph):
    assert [q.kind for q in extract_from_paragraphs([paragraph])] == ["slogan"]


def test_a_letter_in_which_someone_wrote_is_still_a_statement():
    assert [q.kind for q in extract_from_paragraphs(['She wrote a letter in which she had written "Love is louder than hate."'])] == ["statement"]


@pytest.mark.parametrize("sentence, speaker", [
    ('Asked why he came, he pointed to his sign, which read "Am I next?"', "Jackson Ruiz"),
    ('He showed his sign, which read "Am I next?"', "Jackson Ruiz"),
    ('He pointed to a sign that read "Am I next?"', None),  # anyone's sign
])
def test_his_sign_pointed_to_or_shown_is_his(sentence, speaker):
    quotes = extract_from_paragraphs([f"Jackson Ruiz, 15, said it was his first protest. {sentence}"])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", speaker)]


def test_one_who_gave_no_name_is_whom_he_next_means():
    quotes = extract_from_paragraphs([
        'Police spokesperson Valerie Carson said officers "exercised patience" throughout.',
        "Several truck drivers waited in a line. One, who declined to give his name, was unsympathetic. "
        "\"I've got a family to feed,\" he said."])
    assert [q.speaker for q in quotes] == ["Valerie Carson", None]


@pytest.mark.parametrize("one", ["a smaller one:", "another:", "a hand-painted one:"])
def test_one_more_sign_after_a_colon_is_a_slogan(one):
    quotes = extract_from_paragraphs([
        "SEATTLE \u2014 A dozen climate activists chained themselves to the gates of a crude oil terminal before dawn.",
        "The group said the action was meant to draw attention to the expansion. Members hung a banner that "
        f'read "This is a climate emergency" and, beneath it, {one} "Expansion = extinction."'])
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


@pytest.mark.parametrize("report", [
    "One of the activists, a retired pediatrician named Linda Cho, spoke to reporters while still chained to the fence.",
    "Linda Cho, a retired pediatrician, addressed the crowd.",
])
def test_a_paragraph_of_quotation_alone_is_whom_the_paragraph_before_says_spoke(report):
    quotes = extract_from_paragraphs([
        "Police arrived at dawn.", report,
        '"I spent my career taking care of children. That is why I am here.',
        '"I am not afraid of being arrested."'])
    assert [q.speaker for q in quotes] == ["Linda Cho"]


def test_who_spoke_after_the_last_speaker_is_whom_a_quotation_alone_belongs_to():
    quotes = extract_from_paragraphs([
        'Linda Cho said: "We are staying here."', "Sam Lee spoke after her.",
        '"We will be back, with more people."'])
    assert [q.speaker for q in quotes] == ["Linda Cho", "Sam Lee"]


@pytest.mark.parametrize("paragraph, speaker", [
    ('One elderly woman, Mrs. Lau, 78, held a small hand-written card that said simply: "Remember."', "Lau"),
    ('Supporters held up cards reading "Vote no" as the council sat.', None),
])
def test_a_card_held_up_is_a_sign(paragraph, speaker):
    assert [(q.kind, q.speaker) for q in extract_from_paragraphs([paragraph])] == [("slogan", speaker)]


def test_a_card_sent_is_a_statement():
    assert [q.kind for q in extract_from_paragraphs(['She sent a card that said: "Thinking of you all."'])] == ["statement"]


def test_chants_set_off_as_the_rallying_cries_are_all_slogans():
    quotes = extract_from_paragraphs([
        'Marchers chanted "Hong Kongers, add oil!" and "Five demands, not one less!" \u2014 the rallying cries of '
        "the movement \u2014 and many carried yellow umbrellas."])
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


@pytest.mark.parametrize("opening", [
    "According to court documents, the company, Enbridge, said",
    "The company, Enbridge, said",
])
def test_according_to_a_document_then_a_speaker_of_its_own(opening):
    quotes = extract_from_paragraphs([f'{opening} the shutoff could have caused "a catastrophic release of crude oil."'])
    assert [q.speaker for q in quotes] == ["Enbridge"]


def test_according_to_someone_still_names_the_source():
    quotes = extract_from_paragraphs(['According to Jim Walsh, the crowd was "largely peaceful."',
                                      'According to a police spokesperson, the men were warned and charged with '
                                      '"crowding, obstructing or incommoding," a misdemeanor.'])
    assert [q.speaker for q in quotes] == ["Jim Walsh", None]


def test_signs_said_as_much_then_here_are_some_lists_signs():
    quotes = extract_from_paragraphs([
        "As in years past, the homemade signs said as much as the speeches. Here are some we saw:",
        '"I can\'t believe I still have to protest this"', '"My body, my choice, my vote"'], items=frozenset({1, 2}))
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


def test_one_man_with_a_bullhorn_shouting_one_word_is_no_quotation():
    quotes = extract_from_paragraphs([
        'Counter-protesters held signs reading "Pray to end abortion," and one man with a bullhorn '
        'repeatedly shouted "Repent!" at passing marchers.'])
    assert [q.text for q in quotes] == ["Pray to end abortion,"]


def test_one_and_another_after_the_signs_were_named_two_sentences_back_are_signs():
    quotes = extract_from_paragraphs([
        'The first thing I noticed were the signs. Most were handmade. "Justice for Sonya," said one, in purple '
        'marker. "She called for help," said another.'])
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


def test_one_after_people_spoke_since_the_signs_is_one_of_them():
    quotes = extract_from_paragraphs([
        'The marchers carried signs. Later, dozens of people spoke at the rally. "We are tired of waiting," said one.'])
    assert [q.kind for q in quotes] == ["statement"]


def test_a_man_with_a_flag_tied_around_his_neck_who_told_reporters_made_a_statement():
    quotes = extract_from_paragraphs([
        '"This is our country too," a young man with a Kenyan flag tied around his neck told reporters.',
        '"Not in our name," read one with a flag on it.'])
    assert [q.kind for q in quotes] == ["statement", "slogan"]


def test_a_woman_passed_is_whom_she_next_means():
    quotes = extract_from_paragraphs([
        'Sonya Massey\'s cousin, Kiara Leverette, spoke first. "She called them for help," Leverette said.',
        "On my way out, I passed a woman sitting alone on the curb, holding a candle. I asked if she knew Sonya. "
        'She shook her head. "No," she said. "But I\'ve called the police before. I could have been her."'])
    assert [q.speaker for q in quotes] == ["Kiara Leverette", None]


@pytest.mark.parametrize("pullquote_first", [True, False])
def test_a_pullquote_that_repeats_an_attributed_quotation_is_one_quotation(pullquote_first):
    pullquote = '"We were scared. Everybody was scared. But nobody moved out."'
    body = ('That was how Deja Montgomery remembered the winter. "We were scared. Everybody was scared," she said. '
            '"But nobody moved out."')
    paragraphs = ['Its attorney, Mark Hodges, said in court filings that the strike was "an unlawful scheme to withhold rent."']
    paragraphs += [pullquote, body] if pullquote_first else [body, pullquote]
    quotes = extract_from_paragraphs(paragraphs)
    assert [(q.text, q.speaker) for q in quotes][1:] == [
        ("We were scared. Everybody was scared, But nobody moved out.", "Deja Montgomery")]


def test_a_fragment_quoted_again_in_the_story_is_a_quotation_each_time():
    quotes = extract_from_paragraphs([
        'Samuel Whitfield said the group would "keep coming back every week."',
        '"We will keep coming back every week," Whitfield said.'])
    assert len(quotes) == 2


def test_a_body_of_two_things_joined_by_and_is_one_name():
    quotes = extract_from_paragraphs([
        "A spokesperson for the Alliance of Motion Picture and Television Producers said the alliance "
        '"remains committed to reaching a deal."',
        'The Alliance for Justice and Amnesty International said the law was "a disgrace to the state."'])
    assert [(q.speaker, q.org) for q in quotes][0] == (None, "Alliance of Motion Picture and Television Producers")
    assert quotes[1].speaker != "Alliance for Justice and Amnesty International"


def test_they_them_pronouns_said_in_the_next_sentence_make_they_that_person():
    quotes = extract_from_paragraphs([
        'A spokesperson for the Alliance of Motion Picture and Television Producers said: "We have offered increases."',
        "Alex Reyes, 29, a staff writer, has been here every weekday. They use they/them pronouns.",
        '"This is the part nobody sees on the news," they say.'])
    assert [q.speaker for q in quotes][1] == "Alex Reyes"


@pytest.mark.parametrize("subject", [
    "The minister of state for European affairs, Thomas Byrne,",
    "Ireland's minister of state for European affairs, Thomas Byrne,",
])
def test_a_role_with_of_state_and_affairs_before_the_name_is_still_the_subject(subject):
    quotes = extract_from_paragraphs([f'{subject} said he came to show "that the union is not just a market."'])
    assert [q.speaker for q in quotes] == ["Thomas Byrne"]


@pytest.mark.parametrize("paragraph", [
    'The demands were printed on a sheet of plywood propped against a tree. At the top, in red paint: "Our tuition, your bombs."',
    'Late that night, projected onto the side of University Hall in green light, were the words "Brown, divest."',
])
def test_words_shown_in_paint_or_light_are_a_slogan(paragraph):
    assert [q.kind for q in extract_from_paragraphs([paragraph])] == ["slogan"]


def test_a_letter_written_in_ink_is_still_a_statement():
    assert [q.kind for q in extract_from_paragraphs(['She wrote the letter in blue ink: "Dear Mr. Mayor, we need help now."'])] == ["statement"]


@pytest.mark.parametrize("paragraph", [
    'The marchers carried homemade signs with slogans in German and English. "There is no planet B" was a '
    'favorite. So was "Make the planet great again," a jab at U.S. President Donald Trump.',
    'Placards were everywhere. "I have seen smarter cabinets at IKEA" made a return appearance, as did "Not my king."',
])
def test_so_was_and_as_did_after_a_slogan_is_one_more_slogan(paragraph):
    assert [q.kind for q in extract_from_paragraphs([paragraph])] == ["slogan", "slogan"]


def test_so_did_after_a_statement_is_no_slogan():
    quotes = extract_from_paragraphs(['"We will win," said Jane Roe. So did "the workers of this city," she added.'])
    assert all(q.kind == "statement" for q in quotes)


def test_some_were_blunt_after_the_signs_of_the_paragraph_before_is_a_sign():
    quotes = extract_from_paragraphs([
        "The crowd was too big to see the stage, so people read each other's signs instead.",
        'Some were blunt: "Hands off Social Security." Others went for laughs.',
        "Dozens of people spoke at the hearing.", 'Some were blunt: "You have failed our children."'])
    assert [q.kind for q in quotes] == ["slogan", "statement"]


def test_hers_after_a_sign_belonged_to_someone_is_hers():
    quotes = extract_from_paragraphs([
        "The most popular, judging by how often people stopped to photograph it, belonged to Ruth Goldman, 91, "
        'who sat in a folding chair near the Frog Pond. Hers read, in shaky capitals: "I have been protesting '
        'this since 1968."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Ruth Goldman")]


def test_one_of_which_after_signs_is_a_sign_not_the_sentences_subject():
    quotes = extract_from_paragraphs([
        "Coat hangers, the grim symbol of pre-Roe abortions, dangled from many of the signs, one of which "
        'declared in block letters: "NEVER AGAIN."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_group_answering_with_their_own_chants():
    quotes = extract_from_paragraphs([
        'Between speeches, the crowd took up a chant: "My body, my choice!" Across the lawn, a smaller group of '
        'abortion opponents answered with their own: "Choose life!"'])
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


def test_the_one_from_a_town_who_held_a_sign_carries_it_not_the_town():
    quotes = extract_from_paragraphs([
        "Among the counter-protesters was Pastor Mike Reyna of Round Rock, who held a sign with a photograph of "
        'an ultrasound and the words "I was a baby too."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Mike Reyna")]


def test_a_split_quotation_around_a_time_is_still_one_quotation():
    quotes = extract_from_paragraphs([
        "Council President Nikki Fortunato Bas closed the meeting.",
        '"We heard you, all of you," she told the thinning crowd shortly before 1:30 a.m. '
        '"Now we have to do the hard part."'])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We heard you, all of you, Now we have to do the hard part.", "Nikki Fortunato Bas")]


def test_an_age_given_first_in_the_attribution_is_the_one_person_named_just_before():
    quotes = extract_from_paragraphs([
        "Kelly Hollenbeck, a nurse at Children's Minnesota, said she had cared for four infants at once.",
        '"That is not safe," the 41-year-old said. "But there\'s nobody else to call."',
        "Jane Roe and Mary Poe, both nurses, said the same.",
        '"It is not safe," the 41-year-old said.'])
    assert [q.speaker for q in quotes] == ["Kelly Hollenbeck", None]


@pytest.mark.parametrize("verdict, kept", [
    ("fair and competitive.", True), ("deeply troubling.", True),
    ("standard procedure.", False), ("persistent late payment.", False), ("law and order.", False)])
def test_a_verdict_the_source_called_something_is_its_words_but_a_name_is_not(verdict, kept):
    quotes = extract_from_paragraphs([
        f'Allina Health said its offer included raises of 12% over three years, which it called "{verdict}"'])
    assert [(q.text, q.speaker) for q in quotes] == ([(verdict, "Allina Health")] if kept else [])


def test_a_chant_then_the_same_words_in_english_are_both_slogans():
    quotes = extract_from_paragraphs([
        'Delgado led the crowd in the chant she has used for thirty years — "¡Aquí estamos y no nos vamos!" — '
        'and then, in English, for the younger ones: "We\'re here and we\'re not leaving!"'])
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


def test_in_english_then_a_speaker_is_not_a_translation():
    quotes = extract_from_paragraphs([
        'Students carried a banner painted with the words "Our future is not for sale" in English, for the '
        'benefit, one of them joked, "of the tourists."'])
    assert [q.kind for q in quotes] == ["slogan", "statement"]


@pytest.mark.parametrize("body", ["the PSP", "the police"])
def test_a_possessive_apposition_describes_the_body_and_names_no_speaker(body):
    quotes = extract_from_paragraphs([
        f"A spokesperson for {body}, Portugal's public security police, said officers had made "
        '"no arrests and registered no incidents of note" so far.'])
    assert [q.speaker for q in quotes] == [None]


def test_what_people_call_a_person_is_a_nickname_not_a_quotation():
    quotes = extract_from_paragraphs([
        'Delgado is 67. Her neighbors call her "la jefa." She calls herself "just a nosy old woman."'])
    assert [q.text for q in quotes] == ["just a nosy old woman."]


def test_a_name_that_begins_with_via_is_a_name_not_a_preposition():
    quotes = extract_from_paragraphs([
        "The protest was backed by Via Campesina, a global farmers' movement.",
        '"The small farmers are paying for it," Via Campesina coordinator Morgan Ody told Reuters.',
        'She sent it via Zoom: "We will be back next week."'])
    assert [(q.speaker, q.org) for q in quotes] == [("Morgan Ody", "Via Campesina"), ("Morgan Ody", "Via Campesina")]


@pytest.mark.parametrize("verb", ["did not attend", "does not attend", "must attend"])
def test_a_subject_then_an_auxiliary_and_a_second_clause_is_still_the_subject(verb):
    quotes = extract_from_paragraphs([
        f"Premier Jeremy Rockliff {verb} the rally but in a statement said his government "
        '"backs the salmon industry and the jobs it creates".'])
    assert [q.speaker for q in quotes] == ["Jeremy Rockliff"]


@pytest.mark.parametrize("where", ["printed on the back", "stitched across the front"])
def test_words_worn_by_a_named_person_and_printed_somewhere_are_theirs(where):
    quotes = extract_from_paragraphs([
        f'Kindergarten teacher Aliyah Brooks, 29, wore a T-shirt with "Teacher by day, Uber driver by night" {where}.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Aliyah Brooks")]


def test_a_question_that_came_from_a_named_person_is_hers():
    quotes = extract_from_paragraphs([
        'The first question came from Deborah Kline, a retired nurse from Manheim. "If you cut it, where does '
        'he go?" she asked.',
        'Most of the marchers came from Santa Clara. "We are here," they said.'])
    assert [q.speaker for q in quotes] == ["Deborah Kline", None]


@pytest.mark.parametrize("later", ["The congressman opened by saying", "The lawmaker said"])
def test_a_representative_is_later_the_congressman_or_the_lawmaker(later):
    quotes = extract_from_paragraphs([
        "Rep. Lloyd Smucker faced an angry crowd Tuesday night at his first town hall in two years.",
        f'{later} he wanted "a respectful conversation" with everyone.'])
    assert [q.speaker for q in quotes] == ["Lloyd Smucker"]


def test_the_republican_is_the_elected_person_named_before_not_a_name():
    quotes = extract_from_paragraphs([
        "Rep. Lloyd Smucker faced an angry crowd, as constituents pressed the Republican on cuts to Medicaid.",
        '"I understand you\'re frustrated," the Republican said. "But I was elected to make hard choices."'])
    assert [q.speaker for q in quotes] == ["Lloyd Smucker"]


def test_a_stage_of_life_first_given_in_the_attribution_is_the_person_just_named():
    quotes = extract_from_paragraphs([
        'One of the elders, Dorothy Sam, 82, said she had been arrested. "They called us troublemakers," '
        "the grandmother said.",
        'Mia Chen, 8, held a sign. "She painted it herself," the grandmother said.',
        'Omar Haddad marched with his grandmother. "He wanted to come," the grandmother said.'])
    assert [q.speaker for q in quotes] == ["Dorothy Sam", None, None]


@pytest.mark.parametrize("group", ["CASA", "the group CASA", "the Bronx-based group CASA"])
def test_a_role_for_something_then_a_name_of_a_group_is_the_named_person(group):
    quotes = extract_from_paragraphs([
        f'Tenant organizer Fatima Diallo of {group} said the strike would continue "until every family in this '
        'building has heat."'])
    assert [(q.speaker, q.org) for q in quotes] == [("Fatima Diallo", "CASA")]


def test_an_adjective_painted_before_a_quoted_noun_is_no_sign():
    quotes = extract_from_paragraphs([
        'A white-painted "ghost bike" was chained to a signpost at the corner.',
        'Someone had spray-painted "Lena lives" on the wall.'])
    assert [(q.text, q.kind) for q in quotes] == [("Lena lives", "slogan")]


def test_a_place_and_a_party_after_a_name_describe_the_person_and_name_nobody():
    quotes = extract_from_paragraphs([
        'Washington state Rep. Emily Alvarado, a Seattle Democrat, said she had requested a tour. '
        '"The state has a right to know," she said.'])
    assert [q.speaker for q in quotes] == ["Emily Alvarado"]


@pytest.mark.parametrize("source, speaker", [("her family", None), ("Jane Roe", "Jane Roe")])
def test_a_statement_read_aloud_is_its_authors(source, speaker):
    quotes = extract_from_paragraphs([
        f"Park's partner, Devin Mraz, read aloud a statement from {source}: \"Lena rode her bike everywhere.\"",
        f"Devin Mraz read aloud a statement from {source}:",
        '"We ask the city to finish the work she started."'])
    assert [q.speaker for q in quotes] == [speaker, speaker]


def test_a_sign_carried_by_someone_named_after_a_semicolon_is_theirs():
    quotes = extract_from_paragraphs([
        "One hand-drawn placard showed a watermelon with the words 'Not in my name' underneath; it was carried "
        "by Ruth Abrahams, 74, a retired teacher from Hackney."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Ruth Abrahams")]


@pytest.mark.parametrize("paragraph", [
    'The rally ended with the crowd singing along to a song many knew: the chorus of "Austin\'s Not For Sale," '
    'which goes, "You can buy the building, you can\'t buy the sound."',
    'The rally ended with the crowd singing along: "Austin\'s Not For Sale," a local punk anthem, which goes, '
    '"You can buy the building, you can\'t buy the sound."'])
def test_a_song_named_by_its_chorus_or_an_apposition_is_a_title_and_its_words_are_sung(paragraph):
    quotes = extract_from_paragraphs([paragraph])
    assert [q.text for q in quotes] == ["You can buy the building, you can't buy the sound."]


def test_a_sign_held_by_the_youngest_a_named_child_is_hers():
    quotes = extract_from_paragraphs([
        "His wife, Marisol Salinas, stood at the front with their three children. The youngest, 6-year-old "
        'Daniela, held a sign she had colored herself that said "Bring my papi home."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Daniela")]


def test_the_teenager_first_named_so_in_the_attribution_is_the_teenager_just_named():
    quotes = extract_from_paragraphs([
        "The couple's oldest son, Ernesto Salinas Jr., 17, spoke briefly into a microphone.",
        '"My dad always told me to work hard and not complain," the teenager said.'])
    assert [q.speaker for q in quotes] == ["Ernesto Salinas Jr"]


def test_a_person_with_a_trade_that_also_names_bodies_is_still_a_person():
    quotes = extract_from_paragraphs([
        "Ana de la Cruz, a crane operator, said automation had cost the port hundreds of jobs.",
        'As the rally broke up, de la Cruz climbed onto a truck bed and led one last chant: "Union strong!"'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Ana de la Cruz")]


def test_the_union_in_a_leaders_title_is_the_union_not_its_leader():
    quotes = extract_from_paragraphs([
        'Chicago Teachers Union Vice President Jackson Potter said the union would fight the closures "school by '
        'school, block by block." The union organized a rally outside, where teachers in red shirts chanted '
        '"Fund our schools!" and held signs that said "Schools are not businesses."'])
    assert [(q.speaker, q.org) for q in quotes] == [
        ("Jackson Potter", "Chicago Teachers Union"), (None, None), (None, None)]


def test_a_shared_surname_with_her_is_the_woman_not_the_one_whose_gender_is_unknown():
    quotes = extract_from_paragraphs([
        '"You\'re closing our schools because our neighborhoods are poor," said Keisha Brown, a parent.',
        'Board member Jitu Brown interrupted: "Hearing isn\'t the same as listening."',
        'Brown shook her head when she heard that. "It\'s always math when it\'s our kids," she said.'])
    assert [q.speaker for q in quotes] == ["Keisha Brown", "Jitu Brown", "Keisha Brown"]


def test_a_crowd_that_shouted_then_words_later_in_the_sentence_is_a_slogan():
    quotes = extract_from_paragraphs([
        "Workers lined up along the curb and, led by a woman with a bullhorn, shouted the names of hotels where "
        'the union had won contracts, followed each time by "We won there! We\'ll win here!"',
        'Jane Roe shouted the names of the hotels, followed each time by "We will be back."'])
    assert [q.kind for q in quotes] == ["slogan", "statement"]


@pytest.mark.parametrize("sentence, kind", [
    ('"Trans rights are human rights" was the most common, written on everything from poster board to pizza boxes.',
     "slogan"),
    ('"It is a disaster" was the most common complaint we heard.', "statement")])
def test_the_most_common_words_written_on_things_are_a_sign(sentence, kind):
    quotes = extract_from_paragraphs([sentence])
    assert [q.kind for q in quotes] == [kind]


@pytest.mark.parametrize("first, speaker", [
    ("The Lee County Sheriff's Office wrote in a Facebook post that it would cooperate.", "Lee County Sheriff's Office"),
    ("Sheriff Carmine Marceno did not attend.", None),
    ("Mayor Jane Roe did not attend.", "Jane Roe")])
def test_a_possessive_office_is_the_body_named_so_or_the_holder_it_speaks_for(first, speaker):
    holder = "mayor" if "Mayor" in first else "sheriff"
    quotes = extract_from_paragraphs([first, f'"We extend our condolences to the family," the {holder}\'s office wrote.'])
    assert [q.speaker for q in quotes] == [speaker]


def test_a_list_of_signs_credits_a_carrier_named_after_a_dash_or_held_by_and_drops_a_pun_explained():
    html = ("<p>The signs were half the point. Here are four that stopped us:</p><ol>"
            "<li>\u201cWithout science it\u2019s just fiction\u201d \u2014 a retired chemistry teacher, Linda Park, 68, "
            "who made the same sign in 2017.</li>"
            "<li>\u201cMy cancer research was cut. My cancer wasn\u2019t.\u201d Held by Dr. Aaron Feld, an oncologist.</li>"
            "<li>\u201cEvidence now!\u201d \u2014 carried by a graduate student in a lab coat.</li>"
            "<li>A periodic table spelling \u201cBa-Ga-In-S\u201d \u2014 a pun on \u201cbargains.\u201d</li></ol>")
    assert [(q.text, q.speaker) for q in extract_quotes(html)] == [
        ("Without science it\u2019s just fiction", "Linda Park"),
        ("My cancer research was cut. My cancer wasn\u2019t.", "Aaron Feld"),
        ("Evidence now!", None), ("Ba-Ga-In-S", None)]


def test_a_document_by_two_bodies_is_credited_to_neither_and_so_is_it_later():
    quotes = extract_from_paragraphs([
        "A lawsuit filed by the NAACP Legal Defense Fund and the ACLU of Georgia alleges that the law \"was "
        'enacted with the intent to discriminate."',
        'The complaint states that Black voters are "more than twice as likely to rely on drop boxes."',
        'A statement from the ACLU of Georgia said the law was "a step backward."'])
    assert [q.speaker for q in quotes] == [None, None, "ACLU of Georgia"]


def test_another_sign_that_quoted_a_speech_is_a_sign():
    quotes = extract_from_paragraphs([
        'Many carried signs bearing King\'s words. "Injustice anywhere is a threat to justice everywhere," read one. '
        'Another quoted his 1957 speech: "Give us the ballot."'])
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


def test_two_answers_with_a_show_title_and_a_question_between_are_two_quotations():
    quotes = extract_from_paragraphs([
        '"I will not apologize for keeping people safe," Gov. Kristi Larsen told CNN\'s Dana Bash on "State of the '
        'Union." Asked by Bash whether the Guard had inflamed tensions, Larsen said, "The violence started first."',
        '"We will win," Jane Roe told the crowd on "Day One," pointing at the stage. "And we will be back."'])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("I will not apologize for keeping people safe,", "Kristi Larsen"),
        ("The violence started first.", "Kristi Larsen"),
        ("We will win, And we will be back.", "Jane Roe")]


@pytest.mark.parametrize("paragraph, expected", [
    ('The message at Saturday\'s rally was simple: "Protect the Boundary Waters." It was on hats, on canoe paddles '
     "and on a bedsheet hung from the overpass.", [("slogan", None)]),
    ('Janet Kallio had painted her canoe paddle for the occasion. Her message: "Some places should stay wild."',
     [("slogan", "Janet Kallio")]),
    ('Janet Kallio spoke last. Her message: "Go home and vote."', [("statement", "Janet Kallio")]),
    ('A chorus of "Not here, not ever!" went up. A few mine supporters standing across the street answered with '
     '"We need jobs!"', [("slogan", None), ("slogan", None)])])
def test_a_message_shown_on_things_and_a_crowd_answering_across_the_street_are_slogans(paragraph, expected):
    quotes = extract_from_paragraphs([paragraph])
    assert [(q.kind, q.speaker) for q in quotes] == expected


@pytest.mark.parametrize("next_paragraph", [
    "Those were the words of Lidia Moreno, president of the Oakland Education Association, at a rally on Monday.",
    "That is how Lidia Moreno, the union's president, put it on Monday."])
def test_a_lone_quotation_credited_by_the_paragraph_after_it(next_paragraph):
    quotes = extract_from_paragraphs([
        '"We are not going back until there is a contract on the table that we can live with."', next_paragraph])
    assert [q.speaker for q in quotes] == ["Lidia Moreno"]


def test_a_surname_that_is_also_a_common_word_met_in_lower_case_is_still_a_name():
    quotes = extract_from_paragraphs([
        "Inside the union hall on Sunday, the debate grew loud.",
        '"I\'ve got four years left," said Ron Kowalczyk, 58.',
        'Across the room, Destiny Hall, 27, shook her head. "Nothing is what we\'ve been getting," Hall said.'])
    assert [q.speaker for q in quotes] == ["Ron Kowalczyk", "Destiny Hall"]


def test_halfway_down_an_avenue_is_where_someone_spoke_never_who():
    quotes = extract_from_paragraphs([
        "Sofia's son, Mateo, 11, came too.",
        "Halfway down Central Avenue, Mateo asked if he could lead a chant. The organizer handed him the bullhorn. "
        '"Sí se puede!" he shouted, and the crowd shouted it back.',
        'On Main Street, "We will not leave," Jane Roe said.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Mateo"), ("statement", "Jane Roe")]


def test_a_crowd_of_people_named_by_a_plural_that_answered_with_words_chants_them():
    quotes = extract_from_paragraphs([
        'Union president Tony Utano addressed the drivers from a flatbed truck. "They want to balance the budget on '
        'our backs," Utano said. Drivers answered with "No cuts! No cuts!"'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Tony Utano"), ("slogan", None)]


@pytest.mark.parametrize("age", ["five-year-old", "5-year-old", "fifteen-year-old"])
def test_a_child_whose_age_is_spelt_out_is_no_grandmother(age):
    quotes = extract_from_paragraphs([f'Mia Chen, a {age} girl, held a sign. "She painted it herself," the grandmother said.'])
    assert [q.speaker for q in quotes] == [None]


@pytest.mark.parametrize("subject", ["Iranian state media has", "French riot police have"])
def test_a_peoples_adjective_before_a_body_names_no_speaker(subject):
    quotes = extract_from_paragraphs([
        f'{subject} described those arrested as "rioters" who had "waged war against the state."'])
    assert [(q.text, q.speaker) for q in quotes] == [("waged war against the state.", None)]


@pytest.mark.parametrize("sentence, speaker", [
    ('Russian state television described the protests as "a Western-backed Maidan."', None),
    ('State television described the protests as "a Western-backed Maidan."', None),
    ('Federal agents said the crowd was "hostile and violent."', None),
    ('National Guard troops said it was "a long night."', None),
    ('State Department spokesperson Tammy Bruce said it was "a good step."', "Tammy Bruce")])
def test_an_adjective_or_a_body_before_unnamed_people_names_no_speaker(sentence, speaker):
    quotes = extract_from_paragraphs([sentence])
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize("subject", [
    "Security forces", "Conservative commentators", "Western diplomats", "Independent experts", "County commissioners",
    "Labour MPs", "Tory MPs", "Riot police", "Campus police", "Top officials"])
def test_a_capitalised_word_before_unnamed_people_at_a_sentences_start_is_no_speaker(subject):
    quotes = extract_from_paragraphs([f'{subject} said the crackdown was "a serious mistake by the government."'])
    assert [q.speaker for q in quotes] == [None]


@pytest.mark.parametrize("body, source, speaker", [
    ("The Department of Homeland Security", "a DHS statement", "Department of Homeland Security"),
    ("Amazon", "an Amazon press release", "Amazon")])
def test_a_statement_named_by_its_body_is_that_bodys_and_so_is_the_statement_later(body, source, speaker):
    quotes = extract_from_paragraphs([
        f'{body} gave a different account. According to {source}, "rioters" threw rocks. '
        '"Our officers showed remarkable restraint in the face of violent assaults," the statement said.'])
    assert [(q.text[:12], q.speaker) for q in quotes] == [("Our officers", speaker)]


@pytest.mark.parametrize("crowd", ["the volunteers", "the parents", "members"])
def test_people_named_by_a_plural_who_shout_back_a_call_chant_it(crowd):
    quotes = extract_from_paragraphs(['"Whose streets?" he called out.', f'"Our streets!" {crowd} shouted back.'])
    assert [q.kind for q in quotes][-1] == "slogan"


def test_an_office_whose_name_holds_and_is_one_subject():
    quotes = extract_from_paragraphs([
        "The work and pensions secretary, Liz Kendall, has said the reforms will put the welfare system on a "
        "'sustainable footing'."])
    assert [(q.text, q.speaker) for q in quotes] == [("sustainable footing", "Liz Kendall")]


@pytest.mark.parametrize("sentence, kept", [
    ('Presidential spokesman Manuel Adorni said the government wanted a "complete memory" of the period.', True),
    ('An officer fired a "less-lethal round" at the man, police said.', False)])
def test_a_named_speakers_words_after_an_article_are_his_and_a_bare_term_is_not(sentence, kept):
    assert bool(extract_from_paragraphs([sentence])) is kept


def test_a_song_named_then_given_by_it_was_is_sung_words():
    quotes = extract_from_paragraphs([
        'The women sing as they wait, mostly old union songs with new words. This Tuesday it was "We\'ll sit here '
        'till the trees are free, we shall not be moved."',
        'The chanting went on for hours. It was "loud and joyful."'])
    assert [q.kind for q in quotes] == ["slogan"]


@pytest.mark.parametrize("words", ["a single word", "just two words", "the words"])
def test_paper_printed_with_a_few_words_shows_them(words):
    quotes = extract_from_paragraphs([f'Others held up pieces of paper printed with {words}: "SHAME ON YOU."'])
    assert [q.kind for q in quotes] == ["slogan"]


def test_the_last_of_a_list_of_signs_described_on_its_own_is_still_a_sign():
    quotes = extract_from_paragraphs([
        'Signs on the fence: "Not Through Our Port," "Dockworkers Against War," and one hand-lettered in Arabic '
        'and English, "Free Palestine."',
        'The children chanted "Save our school!" and one boy added, on his own, "And our playground!"'])
    assert [q.kind for q in quotes] == ["slogan", "slogan", "slogan", "slogan", "statement"]


def test_a_call_whose_answer_opens_the_next_paragraph_is_the_chants_first_half():
    quotes = extract_from_paragraphs([
        "Ben Whitaker drills volunteers before each march.", '"Whose streets?" he called out, testing the room.',
        '"Our streets!" the volunteers shouted back.',
        '"Why are you doing this?" she asked the officer.', '"Our streets!" the crowd shouted back.'])
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("slogan", "Ben Whitaker"), ("slogan", None), ("statement", None), ("slogan", None)]


@pytest.mark.parametrize("credit", ["Sheriff Linda Garza (@SheriffGarza) August 17, 2026", "Linda Garza (@SheriffGarza)",
                                    "Linda Garza (@SheriffGarza) 17 August 2026"])
def test_an_embedded_posts_credit_with_its_handle_and_date_names_its_author(credit):
    quotes = extract_from_paragraphs([f'"I have asked the SBI to conduct a full investigation." \u2014 {credit}'])
    assert [q.speaker for q in quotes] == ["Linda Garza"]


@pytest.mark.parametrize("before", ["Maria Lopez was blunt.", "Maria Lopez shook her head.",
                                    "Maria Lopez, 40, has come since June. She is not tired."])
def test_a_quotation_with_no_cue_after_a_sentence_about_one_person_is_hers(before):
    quotes = extract_from_paragraphs(["Jane Roe and Tom Park attended.", f'{before} "Nobody here is going home."'])
    assert [q.speaker for q in quotes] == ["Maria Lopez"]


@pytest.mark.parametrize("paragraph", [
    'In Lopez\'s words, "Nobody here is going home."', 'In Maria Lopez\'s own words: "Nobody here is going home."',
    '"Nobody here is going home," was how Maria Lopez put it.', '"Nobody here is going home." That\'s how Lopez summed it up.'])
def test_whose_words_they_were_or_how_she_put_it_names_the_speaker(paragraph):
    quotes = extract_from_paragraphs(["Jane Roe and Maria Lopez attended.", paragraph])
    assert [q.speaker for q in quotes] == ["Maria Lopez"]


@pytest.mark.parametrize("group", ["Extinction Rebellion", "Just Stop Oil", "Last Generation", "Rise and Resist",
                                   "Greenpeace UK", "Extinction Rebellion NYC", "Black Lives Matter"])
def test_a_well_known_group_whose_name_looks_like_a_persons_is_the_group_later(group):
    quotes = extract_from_paragraphs([f"{group} claimed the action on Monday.",
                                      f'"We will return," {group} said.', '"This is only the beginning," the group added.'])
    assert [q.speaker for q in quotes] == [group, group]


def test_a_well_known_groups_member_is_the_speaker_with_the_group_as_org():
    quotes = extract_from_paragraphs(['A Just Stop Oil activist, Jane Roe, 23, glued her hand to the road. '
                                      '"We have no choice," she said.'])
    assert [(q.speaker, q.org) for q in quotes] == [("Jane Roe", "Just Stop Oil")]


@pytest.mark.parametrize("place", ["Texas", "Ohio"])
def test_a_short_quotation_after_a_sentences_last_name_is_no_nickname(place):
    quotes = extract_from_paragraphs([f'Jane Roe drove from {place}. "We had to be here," Linda Baker said.',
                                      'Every Tuesday, Margaret "Peggy" Sloane drives up. "We are harmless," Sloane says.'])
    assert [q.speaker for q in quotes] == ["Linda Baker", "Margaret Sloane"]


@pytest.mark.parametrize("first, later", [
    ("Mohammed al-Hassan, 34, a pharmacist,", "al-Hassan"), ("Dr. Amira el-Sayed", "el-Sayed"),
    ("Maria de los Ángeles Torres", "de los Ángeles Torres")])
def test_a_surname_with_a_lower_case_article_or_particle_is_one_name(first, later):
    quotes = extract_from_paragraphs([f'{first} spoke first. "They should see this," {later} said.'])
    assert [q.speaker for q in quotes] == [first.split(",")[0].replace("Dr. ", "")]


@pytest.mark.parametrize("body", ["the ACLU", "the NAACP", "ICE"])
def test_a_sentence_that_ends_in_an_acronym_ends_before_the_next_name(body):
    quotes = extract_from_paragraphs([f'The rally was organized by {body}. Maria Lopez, a lawyer, spoke. "We are here," Lopez said.'])
    assert [q.speaker for q in quotes] == ["Maria Lopez"]


def test_a_cry_others_took_up_is_the_crowds():
    quotes = extract_from_paragraphs(['The crowd booed. Someone in the back shouted, "Liar!" and others took it up: "Liar! Liar!"'])
    assert [(q.text, q.kind) for q in quotes] == [("Liar! Liar!", "slogan")]


def test_a_card_held_with_other_things_shows_its_words():
    quotes = extract_from_paragraphs(['One, Sister Mary Clare, held a rosary and a small card that said "Pray for peace."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Mary Clare")]


@pytest.mark.parametrize("handing", ["introduced the first speaker, the Rev. Paul Okafor.",
                                     "handed the megaphone to Paul Okafor, a retired teacher.",
                                     "introduced Paul Okafor to the crowd."])
def test_who_is_handed_the_floor_speaks_next_not_who_handed_it(handing):
    quotes = extract_from_paragraphs([f"Organizer Dana Ruiz {handing}", '"We are called to welcome the stranger," he said.',
                                      "Dana Ruiz introduced a bill last year.", '"We need it," he said.'])
    assert [q.speaker for q in quotes] == ["Paul Okafor", "Dana Ruiz"]


@pytest.mark.parametrize("who", ["One of those arrested, Hannah Greer, 26,", "Hannah Greer"])
def test_words_written_on_a_forearm_are_a_slogan_of_whoever_wrote_them(who):
    quotes = extract_from_paragraphs([f'{who} had written "Water Is Life" on her forearm in black marker.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Hannah Greer")]


def test_a_sung_phrase_called_a_phrase_is_no_songs_title():
    quotes = extract_from_paragraphs([
        'The group began to sing "Mni Wiconi," the Lakota phrase for water is life.',
        'The crowd sang "This Land Is Your Land," the Woody Guthrie song.'])
    assert [(q.text, q.kind) for q in quotes] == [("Mni Wiconi,", "slogan")]


@pytest.mark.parametrize("reported", [
    "Rosa Lopez said she had not seen her husband in months.",
    "Rosa Lopez had not seen him in months. He was detained in March, she said, and has waited since."])
def test_a_quotation_that_opens_a_paragraph_after_reported_speech_is_the_reported_speakers(reported):
    quotes = extract_from_paragraphs([reported, '"Every night my daughter asks for him."',
                                      "Police said two people were arrested.", '"It was quiet."'])
    assert [q.speaker for q in quotes] == ["Rosa Lopez", None]


@pytest.mark.parametrize("opening", ["Every time the van pulls up,", "Whenever the van pulled up,", "Each time a van came,"])
def test_an_opening_clause_of_every_time_is_not_the_subject_of_the_shout(opening):
    quotes = extract_from_paragraphs([f'{opening} the picketers shout "Shame!"'])
    assert [(q.text, q.kind) for q in quotes] == [("Shame!", "slogan")]


@pytest.mark.parametrize("sentence", [
    'Taped to the podium was a handwritten note: "Speak truth."',
    'On the bus shelter, someone had taped a printout that said "ICE Out of Our Schools."',
    '"Trans Rights Are Human Rights" was painted in pink and blue on the crosswalk.',
    'By the end of the day, "Abolish ICE" had been chalked on nearly every sidewalk downtown.'])
def test_words_put_up_on_a_note_a_printout_or_the_street_are_slogans_of_nobody(sentence):
    quotes = extract_from_paragraphs([sentence])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


@pytest.mark.parametrize("sentence, speaker", [
    ('The youngest protester, 4-year-old Mia, carried a paper plate on a stick that said "Be Kind."', "Mia"),
    ('Protesters carried a mock coffin with "RIP NHS" painted on the lid.', None)])
def test_anything_carried_that_says_words_or_painted_on_is_a_sign(sentence, speaker):
    quotes = extract_from_paragraphs([sentence, 'Maria Lopez held a letter that said "You are not welcome here."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", speaker), ("statement", "Maria Lopez")]


@pytest.mark.parametrize("aside", ["spokesman Sgt. Tim Lee", "Tim Lee"])
def test_a_said_aside_before_a_clause_names_the_speaker_not_the_sentences_subject(aside):
    quotes = extract_from_paragraphs([f'The banner was taken down by police, {aside} said, because it was "blocking a fire exit."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Tim Lee")]


def test_what_someone_says_of_the_slogans_is_a_statement_and_the_slogans_she_names_are_nobodys():
    quotes = extract_from_paragraphs([
        'Business has boomed, she said, adding that the slogans were "the easy part."',
        'Jane Roe said the slogans were "Abolish ICE" and "Free them all."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", None), ("slogan", None), ("slogan", None)]


@pytest.mark.parametrize("union", ["Starbucks Workers United", "Starbucks Labor Union"])
def test_a_company_named_alone_after_its_workers_union_is_the_company(union):
    quotes = extract_from_paragraphs([f'{union} said 1,000 baristas had walked out. Starbucks said the strike had '
                                      '"minimal impact" on stores.', '"This is unacceptable," Amnesty said.'])
    assert [q.speaker for q in quotes] == ["Starbucks", "Amnesty"]


def test_a_short_name_after_the_same_bodys_full_name_is_still_the_full_name():
    quotes = extract_from_paragraphs(["Amnesty International documented the abuses.", '"This is unacceptable," Amnesty said.'])
    assert [q.speaker for q in quotes] == ["Amnesty International"]


@pytest.mark.parametrize("company, noun", [("Target Corporation", "retailer"), ("Ford Motor Co.", "automaker")])
def test_a_business_named_with_a_corporate_ending_is_what_its_trade_noun_means(company, noun):
    quotes = extract_from_paragraphs([f'{company} said it was disappointed. "We made a fair offer," the {noun} said.'])
    assert [q.speaker for q in quotes] == [company.rstrip(".")]


def test_a_complaint_or_a_report_says_its_own_words_never_the_last_speakers():
    quotes = extract_from_paragraphs([
        'Ana Ruiz spoke first. "We were sitting," Ruiz said.',
        "According to a criminal complaint filed in county court, Ruiz was charged with trespassing. The complaint "
        'says officers asked the group to leave "no fewer than five times."',
        'According to a statement from Amazon, the warehouse stayed open.',
        'The statement said workers were "safe and accounted for."'])
    assert [q.speaker for q in quotes] == ["Ana Ruiz", None, "Amazon"]


def test_a_word_taped_to_the_chest_shows_it():
    quotes = extract_from_paragraphs(['Some had taped a single word to their chests: "Reading."'])
    assert [(q.text, q.kind) for q in quotes] == [("Reading.", "slogan")]


@pytest.mark.parametrize("sentence, speaker", [
    ('Body camera footage released by the city shows an officer telling a colleague, "Light them up," moments '
     'before the canisters were fired.', None),
    ('Video shows Maria Lopez telling officers, "Let him go."', "Maria Lopez")])
def test_footage_that_shows_someone_telling_is_that_persons_words_never_the_camera(sentence, speaker):
    quotes = extract_from_paragraphs([sentence])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", speaker)]


@pytest.mark.parametrize("office", ["Prime Minister's Office", "Mayor's Office", "Travis County Attorney's Office"])
def test_an_office_holders_office_is_named_in_full(office):
    quotes = extract_from_paragraphs([f'The {office} said the march was "peaceful and orderly."'])
    assert [q.speaker for q in quotes] == [office]


@pytest.mark.parametrize("named, speaker", [
    ("Provost Elaine Marsh", "Elaine Marsh"), ("Athletic Director Troy Dannen", "Troy Dannen"),
    ("New York City Comptroller Brad Lander", "Brad Lander"), ("Housekeeper Rosa Morales", "Rosa Morales"),
    ("Six-year-old Noah Briggs", "Noah Briggs"), ("NYPD Chief of Department Jeffrey Maddrey", "Jeffrey Maddrey"),
    ("SP Benjamin Hundeyin", "Benjamin Hundeyin")])
def test_a_title_trade_or_age_before_a_name_is_dropped(named, speaker):
    quotes = extract_from_paragraphs([f'{named} said the march was "peaceful and orderly."'])
    assert [q.speaker for q in quotes] == [speaker]


def test_a_bodys_name_ends_where_its_place_begins_and_a_short_name_is_the_body_named_first():
    quotes = extract_from_paragraphs([
        "Nurses picketed five hospitals owned by HCA Healthcare in Florida.",
        '"We are drowning," said Rosa Martinez, a nurse at HCA Florida Westside Hospital.',
        'In a statement, HCA said it was "proud of the care our nurses provide."',
        'Students for Justice in Palestine said the camp would "stay until divestment."'])
    assert [q.speaker for q in quotes] == ["Rosa Martinez", "HCA Healthcare", "Students for Justice in Palestine"]


@pytest.mark.parametrize("titled, org", [
    ("Senate Majority Leader John Thune", None), ("Union Agriculture Minister Arjun Munda", None),
    ("Interim Police Chief Ana Ruiz", None), ("Chicago Teachers Union Vice President Jackson Potter", "Chicago Teachers Union")])
def test_words_that_qualify_an_office_are_no_affiliation(titled, org):
    quotes = extract_from_paragraphs([f'{titled} said it was "a calm and orderly night."'])
    assert [q.org for q in quotes] == [org]


def test_a_named_another_speaker_is_a_person_not_the_slogan_three_paragraphs_up():
    quotes = extract_from_paragraphs([
        'Marchers wore shirts that read "Homes Not Handcuffs."',
        'The coalition brought buses from four counties.',
        '"We are done asking," said Nadia Flores, an organizer with Tenants United.',
        '"This is the start of a long season," said another organizer, Omar Haddad with Renters Rising. '
        '"We will be back every week."'])
    assert [(q.kind, q.speaker, q.org) for q in quotes] == [
        ("slogan", None, None), ("statement", "Nadia Flores", "Tenants United"),
        ("statement", "Omar Haddad", "Renters Rising")]
    assert quotes[-1].text == "This is the start of a long season, We will be back every week."


@pytest.mark.parametrize("sentence, speaker, org", [
    ('"We care," organizer Lena Ortiz with the group the Valley Defense Committee said.', "Lena Ortiz",
     "Valley Defense Committee"),
    ('"We care," said Dana Whitfield, with the Harbor Tenants Union.', "Dana Whitfield", "Harbor Tenants Union"),
    ('"We care," said Julian Park of the Poor People\u2019s Campaign.', "Julian Park", "Poor People\u2019s Campaign"),
    ('"We care," the Women\u2019s March said in a statement.', "Women\u2019s March", None),
    ('"The river is rising," said Tomas Vega in front of the State Capitol on Friday.', "Tomas Vega", None)])
def test_an_affiliation_or_a_place_after_the_name(sentence, speaker, org):
    quotes = extract_from_paragraphs([sentence])
    assert [(q.speaker, q.org) for q in quotes] == [(speaker, org)]


def test_words_a_loudspeaker_played_are_not_the_last_speakers():
    quotes = extract_from_paragraphs([
        '"They dragged me to the curb," said Priya Shah.',
        'Later a recording was played for the crowd. Over the loudspeaker, what could be heard was, '
        '"You are ordered to disperse."',
        '"He shoved me," said Ben Ode.',
        'Her answer was, "You have no right."'])
    assert [q.speaker for q in quotes] == ["Priya Shah", None, "Ben Ode", "Ben Ode"]


def test_a_speaker_who_spoke_out_about_something_says_the_next_paragraph():
    quotes = extract_from_paragraphs([
        '"Our goal is safety," said Chief Alan Greer.',
        'The march ended around midnight without arrests.',
        'Chief Greer also spoke out about the rally planned for Sept. 16.',
        '"We will be prepared."'])
    assert [q.speaker for q in quotes] == ["Alan Greer", "Alan Greer"]


def test_a_counted_quoted_noun_is_a_term_even_with_a_source():
    quotes = extract_from_paragraphs(['According to the county, 40 "young people" have joined the suit.'])
    assert quotes == []


def test_the_group_is_the_body_reported_speaking_not_a_state_or_a_crowd_before_it():
    quotes = extract_from_paragraphs([
        "In Tulsa, Oklahoma, a large group of Sunrise Movement supporters walked to the courthouse.",
        "Sunrise Movement condemned the arrests, calling them a warning to everyone.",
        '"We will not be intimidated," the group said in a statement on its website.'])
    assert [q.speaker for q in quotes] == ["Sunrise Movement"]


def test_a_lone_surname_who_said_he_is_a_person_he_means_next():
    quotes = extract_from_paragraphs([
        "Okafor said he would never ask the city for a permit.",
        '"We will never ask an oppressive system when we can protest," he said.'])
    assert [q.speaker for q in quotes] == ["Okafor"]


def test_the_group_and_its_website_are_the_campaigns_not_the_police_force_quoted_between():
    quotes = extract_from_paragraphs([
        "Extinction Rebellion supporters blocked Lambeth Bridge on Monday.",
        "The Met said it arrested 30 people who refused to leave the road.",
        "The campaign group said in a post that 200 supporters had taken part.",
        'In a statement on the group\u2019s website, it said: "We will be back on Friday."',
        'The group claimed that by noon, "every one of our supporters had been arrested."'])
    assert [q.speaker for q in quotes] == ["Extinction Rebellion", "Extinction Rebellion"]


def test_the_press_release_is_its_issuers():
    quotes = extract_from_paragraphs([
        'In a press release on Sunday, Mayor Dana Whitfield said the strike was "illegal under state law." '
        'The press release said the walkout "puts children at risk."'])
    assert [q.speaker for q in quotes] == ["Dana Whitfield", "Dana Whitfield"]


@pytest.mark.parametrize("described", ["The demonstrator", "The protester, who had come from Leeds for the march,"])
def test_another_word_for_a_protester_means_the_activist_just_named(described):
    quotes = extract_from_paragraphs([
        'Climate activist Owen Pryce, 24, said the government had "ignored its own advisers."',
        f'{described} said: "I want a future I can live in."'])
    assert [q.speaker for q in quotes] == ["Owen Pryce", "Owen Pryce"]


def test_police_adding_words_are_the_force_just_quoted():
    quotes = extract_from_paragraphs([
        '"We arrested a man who breached his bail," said the Met Police.',
        '"It is his second arrest this week."',
        'Police added: "Officers are with the march."'])
    assert [q.speaker for q in quotes] == ["Met Police"] * 3


def test_a_name_called_with_the_article_outside_the_marks_is_a_term():
    quotes = extract_from_paragraphs(['Parents rallied at City Hall, calling him a "classic bully."'])
    assert quotes == []


def test_advocates_shouting_back_and_a_sign_displayed_by_a_group_are_slogans():
    quotes = extract_from_paragraphs([
        'Tenant advocates shouted back, "Homes not hotels" and "rent is theft." One sign displayed by a group '
        'identifying as Quaker Friends of Housing said: "Thou shalt not evict."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)] * 3


def test_she_who_stopped_speaking_is_she_who_speaks_two_paragraphs_on():
    quotes = extract_from_paragraphs([
        "Senior Maya Okafor stood silent on the stage.",
        "After reading the names, Okafor asked the crowd to imagine the six minutes.",
        "And then she stopped speaking.",
        "Silent minutes ticked by. Then an alarm sounded.",
        '"It has been six minutes," she said finally.'])
    assert [q.speaker for q in quotes] == ["Maya Okafor"]


def test_a_person_named_right_after_the_words_then_what_they_did_is_the_speaker():
    quotes = extract_from_paragraphs([
        '"Welcome to the revolution," Jordan Ellis kicked off the speeches, after a performance of "Rise Up."'])
    assert [(q.text, q.speaker) for q in quotes] == [("Welcome to the revolution,", "Jordan Ellis")]


def test_a_statement_left_unclosed_with_no_paragraph_continuing_it_is_still_the_statement():
    quotes = extract_from_paragraphs([
        "The Prairie Water Network said in a statement:",
        '"We are at a critical moment in this fight. The ruling was a victory, but it is a temporary one.',
        "The company has said it will finish the pipeline.",
        'A stray mark: 5\'6" tall and "unfinished'])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We are at a critical moment in this fight. The ruling was a victory, but it is a temporary one.",
         "Prairie Water Network")]


def test_whom_the_words_were_declared_to_is_not_the_speaker():
    quotes = extract_from_paragraphs([
        '"This is everybody\'s fight," declared TWU President Dana Ruiz to striking transit workers.'])
    assert [q.speaker for q in quotes] == ["Dana Ruiz"]


@pytest.mark.parametrize("sentence", [
    "In a second scuffle, officers held a man down, drawing crowds who shouted \u201cyou\u2019re a disgrace\u201d and "
    "\u201cshame on you.\u201d",
    "The slogan - condemned by many - was heard again as people shouted: \u201cyou\u2019re a disgrace\u201d and "
    "\u201cshame on you.\u201d"])
def test_crowds_who_shout_and_people_shouting_late_in_the_sentence_shout_slogans(sentence):
    quotes = extract_from_paragraphs([sentence])
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


def test_quotations_the_sentence_then_calls_signs_are_slogans():
    quotes = extract_from_paragraphs([
        "\u201cSell Your Stock\u201d, \u201c#Hands Off\u201d, and \u201cPeople Not Profits\u201d were just a few signs "
        "lining the parking lot on Saturday.", '"Not today" was one of the chants.'])
    assert [(q.text, q.kind) for q in quotes] == [
        ("Sell Your Stock", "slogan"), ("#Hands Off", "slogan"), ("People Not Profits", "slogan"),
        ("Not today", "slogan")]


def test_a_parenthetical_attribution_led_by_a_party_names_the_person():
    quotes = extract_from_paragraphs([
        'The message of the march, Green councillor Ana Sousa said, was that "the city cannot wait any longer."'])
    assert [q.speaker for q in quotes] == ["Ana Sousa"]


def test_a_paragraph_that_lost_its_opening_mark_keeps_its_quotation():
    quotes = extract_from_paragraphs([
        '\u201cThey give us guidelines, not ratios,\u201d said Dana Ortiz, a nurse.',
        'If we don\u2019t have safe staffing, we cannot care for patients safely. That\u2019s what we do every day '
        'in the emergency room,\u201d said fellow nurse Lena Park.'])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("They give us guidelines, not ratios,", "Dana Ortiz"),
        ("If we don\u2019t have safe staffing, we cannot care for patients safely. That\u2019s what we do every day "
         "in the emergency room,", "Lena Park")]


def test_a_man_named_after_the_words_on_what_he_wore_said_them_and_wore_them():
    quotes = extract_from_paragraphs([
        '"We will not let this sleep!" said a man wearing a "Justice for Ray" T-shirt, who identified himself '
        'only as D. Moore, aged 30, and said he lived nearby.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "D. Moore"), ("slogan", "D. Moore")]


def test_the_rest_of_the_crowd_screaming_after_an_opening_clause_is_a_chant():
    quotes = extract_from_paragraphs([
        'In recent days, when a protester threw a bottle or acted aggressively, the rest of the crowd screamed '
        '"Agitator! Agitator!" and pointed him out.'])
    assert [q.kind for q in quotes] == ["slogan"]


def test_a_name_in_a_comparison_is_no_antecedent():
    quotes = extract_from_paragraphs([
        "Michael Ramos, 18, was shot by police on Saturday.",
        'Luis Ortega, 34, shouted his grievances. "Rent is high," he said.',
        'And whenever the next young man is killed by police, like Ramos, he says, "it does not matter what '
        'the story is."'])
    assert [q.speaker for q in quotes] == ["Luis Ortega", "Luis Ortega"]


def test_he_said_after_words_about_another_man_is_still_the_paragraphs_speaker():
    quotes = extract_from_paragraphs([
        '"We will keep fighting," said Jagdeep Singh, 80, a farmer. The prime minister, Narendra Modi, "should '
        'know that either he will remain or we will," he said.'])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will keep fighting,", "Jagdeep Singh"),
        ("should know that either he will remain or we will,", "Jagdeep Singh")]


def test_one_child_squealing_a_chant_says_it_and_a_family_in_shirts_is_nobody_alone():
    quotes = extract_from_paragraphs([
        '\u201cMy body, my choice,\u201d squealed seven-year-old Ada Reyes from her father\u2019s shoulders. She and '
        'her parents, Lena and Tom Reyes, all wore T-shirts reading: \u201cI am embarrassed by my senator.\u201d'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Ada Reyes"), ("slogan", None)]


def test_a_work_named_in_a_description_is_no_speaker():
    quotes = extract_from_paragraphs([
        'Singer Maya Lund took the stage first.',
        '"Embrace what makes you unique," the star of the hit movie Hidden Rivers told the audience.'])
    assert [q.speaker for q in quotes] == [None]  # unresolved, never the film


def test_an_age_from_a_place_is_the_person_just_named():
    quotes = extract_from_paragraphs([
        'Holly Marsh took a photo of the signs. "It is a good sign of solidarity," Marsh said.',
        'The 32-year-old from Norfolk said the mood had been "powerful and hopeful."'])
    assert [(q.speaker, q.org) for q in quotes] == [("Holly Marsh", None), ("Holly Marsh", None)]


def test_a_crowd_exhorted_to_yell_chants_led_by_who_exhorted_it():
    quotes = extract_from_paragraphs([
        "Singer Janice Obi took the stage.",
        'Obi then launched into her anthem "Say Their Names," which she began by exhorting the crowd to yell, '
        '"Maria Lopez, say her name!"'])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("Maria Lopez, say her name!", "slogan", "Janice Obi")]


@pytest.mark.parametrize("paragraph", [
    'It was a reply to the recent statement by city official Tom Varga that "parks belong to the council."',
    'Banners read "Parks for People" and "No Sale," in reply to the recent statement by city official Tom Varga '
    'that "parks belong to the council."'])
def test_a_statement_by_someone_that_is_their_words_even_after_signs(paragraph):
    quotes = extract_from_paragraphs([paragraph])
    assert (quotes[-1].kind, quotes[-1].speaker) == ("statement", "Tom Varga")


@pytest.mark.parametrize("credit, speaker, org", [
    ("shouts Fair Arizona President, Rita Vance to a chanting crowd", "Rita Vance", None),
    ("says Democratic Gubernatorial Candidate, Fred Lowe", "Fred Lowe", None),
    ("said Sunrise Movement Executive Director, Ana Prakash", "Ana Prakash", "Sunrise Movement")])
def test_a_capitalised_role_then_its_holder_after_a_comma(credit, speaker, org):
    quotes = extract_from_paragraphs([f'"The people will always prevail," {credit}.'])
    assert [(q.speaker, q.org) for q in quotes] == [(speaker, org)]


def test_a_nickname_after_a_capitalised_description_stays_inside_the_name():
    quotes = extract_from_paragraphs([
        'Organiser Kim \u2018Spark\u2019 Dalton addressed the crowd. \u201cWe have to be polite,\u201d she said.'])
    assert [q.speaker for q in quotes] == ["Kim Dalton"]


def test_a_message_sent_out_is_its_senders():
    quotes = extract_from_paragraphs([
        "At about 3pm Leeds police sent out a mass text message ordering the march to stop.",
        '"Message from Leeds police: the march needs to stop," the message read.'])
    assert [q.speaker for q in quotes] == ["Leeds police"]


def test_an_elision_with_a_closing_mark_after_it_opens_a_quotation():
    quotes = extract_from_paragraphs([
        "Sir Keir Starmer warned that the strikes would 'cause real damage' to the health service.",
        "\"He left 'cause he was tired,\" she said."])
    assert [(q.text, q.speaker) for q in quotes][0] == ("cause real damage", "Keir Starmer")
    assert quotes[1].text == "He left 'cause he was tired,"


def test_a_speaker_still_speaking_in_a_cue_less_paragraph_is_who_he_means_two_on():
    quotes = extract_from_paragraphs([
        '"It was theater," said protester Ned Ross, who was escorted out of the park.',
        '"I really thought the police took it too far."',
        "The rows of officers were an intimidation tactic, in Ross\u2019s view.",
        '"It was clear they were there to control people," he asserted.'])
    assert [q.speaker for q in quotes] == ["Ned Ross"] * 3


def test_a_person_introduced_after_titles_in_an_inverted_sentence_is_she():
    quotes = extract_from_paragraphs([
        '"We are here because the government keeps approving coal," Ms Scholes said.',
        '"The science is clear."',
        "Among those arrested was retired GP Dr Margaret Hale, 74, who had travelled from Maitland.",
        '"I have spent 40 years treating lungs," she said as she was led away.'])
    assert [q.speaker for q in quotes][-1] == "Margaret Hale"


def test_an_unclosed_paragraph_does_not_run_on_into_another_named_speakers_words():
    quotes = extract_from_paragraphs([
        '"It has been rough," protester Ivan Walsh said. "The police are trying to get us out of here.',
        '"It has been great. We are still here," protester Justin said.'])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("It has been rough, The police are trying to get us out of here.", "Ivan Walsh"),
        ("It has been great. We are still here,", "Justin")]


def test_one_worker_heard_yelling_a_single_word_is_no_quotation():
    quotes = extract_from_paragraphs([
        '"After a fire, 500 workers sat in the break room demanding to go home," he wrote on Twitter.',
        'Smalls also shared a video on Twitter showing the fire at the depot, in which a worker can be heard '
        'yelling "evacuate."'])
    assert [q.text for q in quotes] == ["After a fire, 500 workers sat in the break room demanding to go home,"]


def test_he_after_an_opening_clause_is_that_clauses_subject_not_its_object():
    quotes = extract_from_paragraphs([
        '"He would be alive today," Mayor Jacob Frey said.',
        "The video shows Officer Derek Chauvin kneeling on the man.",
        'Though Frey declined to call Chauvin racist, he did concede that the facts led him "down the path '
        'that race was involved."'])
    assert [q.speaker for q in quotes] == ["Jacob Frey", "Jacob Frey"]


def test_a_named_action_with_the_comma_inside_the_marks_is_a_term():
    quotes = extract_from_paragraphs([
        'According to a statement from activists, workers staged a "lunchtime walkout," slamming "unfair labor '
        'practices committed by Amazon."'])
    assert [q.text for q in quotes] == ["unfair labor practices committed by Amazon."]


def test_a_surname_that_is_also_a_title_is_the_person_named_before():
    quotes = extract_from_paragraphs([
        "Governor Jim Justice signed the pay bill on Wednesday.",
        '"The anger is out there," Lee said.',
        '"When is enough enough?" Justice said to the Charleston Gazette-Mail newspaper in West Virginia. '
        '"Our teachers need to be in the classroom."'])
    assert [q.speaker for q in quotes] == ["Lee", "Jim Justice"]


def test_an_aside_that_says_whom_she_told_names_her():
    quotes = extract_from_paragraphs([
        'Union President Randi Weingarten joined them. West Virginia teachers, she told the Gazette-Mail, '
        'have been "disrespected by their government officials."'])
    assert [q.speaker for q in quotes] == ["Randi Weingarten"]


def test_likened_to_attributes_the_words():
    quotes = extract_from_paragraphs([
        'Mayor Jim Watson likened the honking to "tantamount to psychological warfare" in an open letter.'])
    assert [q.speaker for q in quotes] == ["Jim Watson"]


def test_the_post_capitalised_is_the_newspaper_and_a_news_agency_is_no_organisation():
    quotes = extract_from_paragraphs([
        "The Washington Post first reported the strike, the Associated Press said.",
        '"It is a rare show of power," Kenneth Hale told the Star.',
        'The centre had stayed away from rent strikes, the Post wrote, but "frustration with rising rents changed '
        'that."',
        '"Our tenants will be heard," the organisation said in a statement.'])
    assert [q.speaker for q in quotes] == ["Kenneth Hale", "Washington Post", None]


def test_words_the_sentence_calls_a_popular_slogan_are_a_slogan():
    quotes = extract_from_paragraphs([
        '"Bush lies and people die!" was a popular slogan adopted by many speakers, and appeared on picket signs.'])
    assert [q.kind for q in quotes] == ["slogan"]


def test_both_sides_of_a_named_persons_sign_are_hers():
    quotes = extract_from_paragraphs([
        "Paci Hamm came from Berkeley.",
        'Hamm, who is straight, brought a handcrafted sign. One side of it read, "I love my child." On the other '
        'side was "Trans rights are human rights."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Paci Hamm")] * 2


def test_the_husband_of_a_name_ending_in_s_is_who_the_apposition_names():
    quotes = extract_from_paragraphs([
        "Frank Reyes said he and his husband decided to march.",
        '"Things are changing quickly," Reyes\' husband, Paul Brady, added.'])
    assert [q.speaker for q in quotes] == ["Paul Brady"]


def test_chants_set_off_by_dashes_before_a_predicate_stay_chants_and_the_later_name_speaks_the_later_words():
    quotes = extract_from_paragraphs([
        "The provost, Dana Whitfield, had ordered the tents removed.",
        'Two of the chants — "Whose campus? Our campus" and "Hands off our students" — are the ones that Provost '
        'Whitfield said were causing "a climate of fear on the quad."'])
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("slogan", None), ("slogan", None), ("statement", "Dana Whitfield")]


def test_a_numbered_rule_before_a_colon_is_nobody():
    quotes = extract_from_paragraphs([
        "The camp's guidelines were pinned to a tent pole.",
        'Rule 4: "Keep the walkway clear for wheelchairs."'])
    assert [q.speaker for q in quotes] == [None]


def test_a_clause_after_the_name_saying_where_he_marched_is_no_part_of_the_speaker():
    quotes = extract_from_paragraphs([
        '"We are not tired yet," said 47-year-old nurse Paul Okoro as he walked through Lyon.'])
    assert [q.speaker for q in quotes] == ["Paul Okoro"]


def test_words_yelled_by_a_contingent_are_a_chant():
    quotes = extract_from_paragraphs([
        '"Not one year more!" shouted the contingent from the dockworkers\' union.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_fragment_closed_by_a_comma_and_its_cue_opens_a_split_quotation():
    quotes = extract_from_paragraphs([
        "Rosa Delgado chairs the tenants' council.",
        'The rent freeze "is the least this city owes the people who keep it running," Delgado added. '
        '"Anything less is an eviction notice."'])
    assert [(q.text, q.speaker) for q in quotes] == [(
        "is the least this city owes the people who keep it running, Anything less is an eviction notice.",
        "Rosa Delgado")]


def test_what_a_leader_said_and_what_he_posted_later_are_two_statements():
    quotes = extract_from_paragraphs([
        '"The turnout is beyond anything we hoped for," said Marc Girard, head of the rail union. The number '
        'was repeated all afternoon. "Rail workers, you filled every street today," Mr Girard posted. "Thank you."'])
    assert [q.text for q in quotes] == [
        "The turnout is beyond anything we hoped for,", "Rail workers, you filled every street today, Thank you."]
    assert {q.speaker for q in quotes} == {"Marc Girard"}


def test_a_short_quoted_term_before_its_plural_noun_is_no_quotation():
    quotes = extract_from_paragraphs([
        'Police said the fires were set by "black bloc" militants, a small part of the march.'])
    assert quotes == []


def test_words_boomed_by_one_voice_are_a_statement_not_a_chant():
    quotes = extract_from_paragraphs([
        '"Clear the road now," boomed a voice from the loudspeaker on a police van.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", None)]


def test_quotations_listed_first_and_then_called_among_the_signs_are_slogans():
    quotes = extract_from_paragraphs([
        '"Teach, don\'t test," "Books not bars" and "My classroom, my rules" were among the hundreds of '
        'homemade signs at the rally on Saturday.'])
    assert [q.kind for q in quotes] == ["slogan"] * 3


def test_signs_held_by_the_group_someone_spotted_are_not_hers():
    quotes = extract_from_paragraphs([
        "Mariam Osei came with her sister.",
        'Osei spotted a group of nurses near the fountain holding signs that read: "Staff the wards" and '
        '"Safe ratios save lives."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)] * 2


def test_a_sign_held_aloft_by_a_named_person_is_hers_after_a_long_description():
    quotes = extract_from_paragraphs([
        'A placard held aloft by Dolores Finch, 71, of Tulsa, OK, at the march on the capitol, said simply, '
        '"Still marching. Still angry."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Dolores Finch")]


def test_the_words_she_invited_officials_to_hear_are_hers():
    quotes = extract_from_paragraphs([
        '"Nobody listens to us," said Ines Baptiste, a grower from Lleida.',
        'She invited the commissioners "to spend one week on a farm before writing another rule."'])
    assert [q.speaker for q in quotes] == ["Ines Baptiste"] * 2


def test_a_name_after_mp_for_a_constituency_is_the_speaker_and_a_named_possessive_is_no_cue():
    quotes = extract_from_paragraphs([
        'Addressing the crowd, Green MP for Brighton Pavilion Sian Berry said Nigel Farage\'s comments were '
        '"frankly embarrassing".',
        'She said: "Nobody voted to be poorer."'])
    assert [q.speaker for q in quotes] == ["Sian Berry"] * 2


def test_a_bodys_website_doing_something_speaks_for_the_body():
    quotes = extract_from_paragraphs([
        '"Every voice counts on Saturday," a Fair Wages Alliance website advertising the march says.'])
    assert [q.speaker for q in quotes] == ["Fair Wages Alliance"]


def test_a_role_first_given_after_a_name_in_the_same_paragraph_is_that_person():
    quotes = extract_from_paragraphs([
        'From the podium, Hannah Okafor surveyed the square. "Look how many of us there are," the former nurses\' '
        'union leader beamed.'])
    assert [q.speaker for q in quotes] == ["Hannah Okafor"]


def test_the_named_subject_of_for_someone_to_concede_is_the_speaker():
    quotes = extract_from_paragraphs([
        'It took less than a day for the airport\'s chief executive Laura Brandt to admit that "most flights '
        'will not leave tonight".'])
    assert [q.speaker for q in quotes] == ["Laura Brandt"]


def test_a_song_after_a_rendition_of_someones_is_a_title_whatever_its_capitals():
    quotes = extract_from_paragraphs([
        'Marchers sang a rendition of Bob Marley\'s "Get up, stand up" with new words like "Stand up for your '
        'pay, don\'t give up the fight."'])
    assert [(q.text, q.kind) for q in quotes] == [("Stand up for your pay, don't give up the fight.", "slogan")]


def test_a_description_after_the_name_without_a_comma_keeps_the_name():
    quotes = extract_from_paragraphs([
        '"We will be back next week," said Wanjiru Kamau one of the organisers of the march.'])
    assert [q.speaker for q in quotes] == ["Wanjiru Kamau"]


def test_whom_an_unnamed_speaker_was_addressing_is_not_the_speaker():
    quotes = extract_from_paragraphs([
        '"Stand with us every day, not once a year," said one man, addressing the young Canadians in the crowd.',
        '"This is your country too," he said.'])
    assert [q.speaker for q in quotes] == [None, None]


def test_a_title_written_short_does_not_end_the_sentence_before_a_colon():
    quotes = extract_from_paragraphs([
        "Union president Dana Whitlock spoke first.",
        'She called on Supt. Marcus Hale: "Open the books."'])
    assert [q.speaker for q in quotes] == ["Dana Whitlock"]


def test_or_mid_sentence_before_a_capital_starts_a_first_name():
    quotes = extract_from_paragraphs([
        'Freed hostage Or Shani, held for 400 days, declared, "I am home."'])
    assert [q.speaker for q in quotes] == ["Or Shani"]


def test_a_relative_named_after_his_is_not_who_he_means():
    quotes = extract_from_paragraphs([
        'At the embassy, where the freed hostage, Amit Sela, spoke of leaving his younger brother Tomer behind, '
        'the crowd fell silent. "Only a deal will bring him back," he said.'])
    assert [q.speaker for q in quotes] == ["Amit Sela"]


def test_a_name_and_verb_leading_into_the_next_quotation_is_not_the_cue_of_the_one_before():
    quotes = extract_from_paragraphs([
        'The sisters Dana and Ella Mor spoke last. "I miss him," Dana said. "Every night I wait." Ella added, '
        '"We will not stop coming here."'])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("I miss him, Every night I wait.", "Dana Mor"), ("We will not stop coming here.", "Ella Mor")]


def test_they_is_not_a_body_named_only_as_where_the_rally_stood():
    quotes = extract_from_paragraphs([
        'The families rallied in the square outside the Haifa Museum of Art on Saturday. They declared, '
        '"We will be here every week."'])
    assert [q.speaker for q in quotes] == [None]


def test_a_name_with_a_long_description_and_the_verb_last_is_the_speaker():
    quotes = extract_from_paragraphs([
        '"I have hope again," Miriam Azoulay, the aunt of Noa Azoulay, who was taken, and of Eli Azoulay, who '
        'was killed, both from the same kibbutz near the border, shared.'])
    assert [q.speaker for q in quotes] == ["Miriam Azoulay"]


def test_a_word_they_keep_chanting_after_a_dash_is_a_chant():
    quotes = extract_from_paragraphs([
        'Thousands filled the square to demand a deal — "today!" as they kept chanting.'])
    assert [q.kind for q in quotes] == ["slogan"]


def test_words_on_merchandise_are_a_slogan():
    quotes = extract_from_paragraphs(['The square was full of "Fund Our Schools" merchandise and balloons.'])
    assert [q.kind for q in quotes] == ["slogan"]


def test_a_bodys_short_name_with_its_first_and_last_words_is_the_body():
    quotes = extract_from_paragraphs([
        'The rally was organised by the Riverside and Eastgate Tenants Forum.',
        'The Riverside Forum warned that the rent rise would be a "disaster for every family."'])
    assert [q.speaker for q in quotes] == ["Riverside and Eastgate Tenants Forum"]


def test_the_one_named_among_those_calling_out_speaks_for_himself():
    quotes = extract_from_paragraphs([
        'News of the walkout spread online, with musicians like singer Nadia Cole calling out "Everyone to the '
        'square by six."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Nadia Cole")]


def test_what_another_group_read_out_loud_after_a_chant_is_a_slogan():
    quotes = extract_from_paragraphs([
        '"We will stay all night," said Tomas Berg, who organised the vigil.',
        'One group chanted, "Open the gates." Another read out loud from the Langston Hughes poem carved into '
        'the Freedom Wall, "Let America be America again."'])
    assert [(q.kind, q.speaker) for q in quotes][1:] == [("slogan", None)] * 2


def test_he_is_the_surname_a_relative_clause_describes_not_the_residents_of_a_city():
    quotes = extract_from_paragraphs([
        'By noon, dozens of Parisians had gathered outside the terminal. Haddad, whose flight had been held for '
        'a day, came out and thanked them. "You are the reason I am free," he said.'])
    assert [q.speaker for q in quotes] == ["Haddad"]


def test_an_age_with_an_occupation_first_given_after_a_name_is_that_person():
    quotes = extract_from_paragraphs([
        'Priya Raman, a lifelong resident of Leeds, said she had never protested before. "I am here for my '
        'neighbours," said the 41-year-old pharmacist.'])
    assert [q.speaker for q in quotes] == ["Priya Raman"]


def test_a_capitalised_common_noun_whose_plural_the_article_uses_is_no_name():
    quotes = extract_from_paragraphs([
        "Weeks of protests have closed the port.",
        'Protest organisers said in a statement: "We will march whatever the weather."'])
    assert [q.speaker for q in quotes] == [None]


def test_words_british_organisers_said_are_kept_as_their_fragment():
    quotes = extract_from_paragraphs([
        "Weeks of protests have closed the port.",
        'Protest organisers said the march would go ahead "whatever the weather."'])
    assert [(q.text, q.speaker) for q in quotes] == [("whatever the weather.", None)]


def test_a_songs_title_after_the_word_song_is_no_chant():
    quotes = extract_from_paragraphs([
        'Back at the plaza, the original song "Hold On," composed by Lincoln High Drama Club students, began '
        'to play.'])
    assert quotes == []


def test_the_crowd_she_told_who_chanted_is_who_chanted():
    quotes = extract_from_paragraphs([
        "Maria Esposito, the union's president, arrived at noon.",
        '"Stay strong," she told the crowd of nurses and porters and their families, who chanted, "One more '
        'day" as they marched.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Maria Esposito"), ("slogan", None)]


def test_an_opening_ahead_of_phrase_and_a_title_in_the_description_leave_the_name():
    quotes = extract_from_paragraphs([
        'Ahead of the rally, former "Casualty" star Ruth Kane told reporters the mood was "furious and '
        'exhausted."'])
    assert [q.speaker for q in quotes] == ["Ruth Kane"]


def test_a_rail_company_is_the_company():
    quotes = extract_from_paragraphs([
        "Northline Rail said services would stop at midnight.",
        '"No trains will run on the eastern line," the company said in a statement.'])
    assert [q.speaker for q in quotes] == ["Northline Rail"]


def test_it_was_there_she_explained_makes_her_the_one_who_goes_on():
    quotes = extract_from_paragraphs([
        'Dana Price rallied the strikers. "We cannot go back," she said.',
        'She also led the crowd in a chant of their new slogan, "Hold the line."',
        'According to a video of the rally, it was there she explained that she grew up on a picket line. '
        '"But I never thought I would lead one."'])
    assert [q.speaker for q in quotes if q.kind == "statement"] == ["Dana Price"] * 2


def test_an_adverb_in_a_short_quotation_before_a_noun_keeps_it_the_speakers():
    quotes = extract_from_paragraphs([
        'Ruiz said she had been "barely sleeping" and was getting "truly awful" migraines.'])
    assert [q.text for q in quotes] == ["barely sleeping", "truly awful"]


def test_a_town_and_its_county_before_said_are_no_aside():
    quotes = extract_from_paragraphs([
        'One marcher, Peter Holt from Chelmsford, Essex said: "We have to be seen and heard."'])
    assert [q.speaker for q in quotes] == ["Peter Holt"]


def test_thousands_of_a_named_group_shouting_are_a_crowd():
    quotes = extract_from_paragraphs([
        'At least 2,000 Christians For Justice arrived shouting "Books not bombs".'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_whom_the_speaker_came_with_is_not_the_speaker():
    quotes = extract_from_paragraphs([
        '"We walk together," said Helen Moss with a group from the St Mary\'s Church in Leeds.'])
    assert [q.speaker for q in quotes] == ["Helen Moss"]


def test_a_role_with_its_bodys_acronym_before_the_name_is_her_later():
    quotes = extract_from_paragraphs([
        '"I am cold and hungry," Vote-NOW co-founder Lena Park told reporters.',
        "Others said the same.",
        '"We are not leaving," the Vote-NOW co-founder continued.'])
    assert [q.speaker for q in quotes] == ["Lena Park"] * 2


def test_protesters_shouting_and_the_counter_protesters_replies_are_slogans():
    quotes = extract_from_paragraphs([
        'Heated exchanges broke out between the groups, with some marchers shouting "go home" at '
        'counter-protesters, who replied with "you go home."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)] * 2


def test_a_cry_after_a_crowds_shout_with_no_cue_is_the_crowds_too():
    quotes = extract_from_paragraphs([
        '"Not one more eviction!" the tenants shouted, before walking to the council offices. "Homes for all!"'])
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


def test_who_asked_to_use_her_first_name_is_no_cue_and_the_name_given_speaks():
    quotes = extract_from_paragraphs([
        '"We are not going anywhere," another local resident, who asked to use her first name, Maya, said.'])
    assert [q.speaker for q in quotes] == ["Maya"]


def test_she_after_a_colon_clause_is_its_named_subject():
    quotes = extract_from_paragraphs([
        'Okafor opened the rally with a rallying cry: "We are here to win," she said.'])
    assert [q.speaker for q in quotes] == ["Okafor"]


def test_leaders_and_fellow_autoworkers_yelling_are_a_crowd():
    quotes = extract_from_paragraphs([
        'Outside the plant, local leaders and fellow steelworkers clapped and cheered, yelling "Here we go!" as '
        'the first shift walked out.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_short_term_after_alleged_or_so_called_is_no_quotation():
    quotes = extract_from_paragraphs([
        'According to the sheriff, two alleged "outside agitators" were held overnight, and the so-called '
        '"tent city" was cleared by noon.'])
    assert quotes == []


def test_a_newspaper_told_something_is_no_he_and_the_teller_is():
    quotes = extract_from_paragraphs([
        'A month after the veto, Newsom told The Fresno Bee newspaper that he was open to a deal. He said he '
        'wanted to "find a path forward" this year.'])
    assert [q.speaker for q in quotes] == ["Newsom"]


def test_people_in_the_crowd_shouting_late_in_the_sentence_chant():
    quotes = extract_from_paragraphs([
        'One by one, the speakers honoured the founder of the union, as people in the crowd shouted, "Strike '
        'back!"'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_words_chanted_by_a_long_unparsed_subject_after_the_verb_are_still_a_chant():
    quotes = extract_from_paragraphs([
        '"Save the park," chanted 40 protesters in reference to the name residents gave the woods the city '
        'plans to clear.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_what_the_crowd_did_in_someones_report_is_still_a_chant():
    quotes = extract_from_paragraphs([
        'Okoye said the crowd chanted, "Open the books! Pay the staff!" as the police lines moved in.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_long_sign_introduced_by_a_sentence_about_the_sign_is_a_slogan():
    quotes = extract_from_paragraphs([
        "Hundreds of nurses marched past the hospital.",
        'One sign taped to the fence described the week a nurse on the night shift had just had: "I looked after '
        'eleven patients alone for twelve hours and nobody came when I called for help."'])
    assert [q.kind for q in quotes] == ["slogan"]


def test_a_long_sign_opening_a_sentence_with_no_speech_verb_is_a_slogan():
    quotes = extract_from_paragraphs([
        "The strikers marched around the quad all morning.",
        'One sign posted on the library wall related the plight one tutor had found herself in: "I had ninety '
        'students and four hundred essays to grade in a week for less than the rent."'])
    assert [q.kind for q in quotes] == ["slogan"]


def test_a_british_quotation_left_open_runs_on_into_the_next_paragraph():
    quotes = extract_from_paragraphs([
        "Dr Ruth Alder, a union rep, said: ‘We hope this leads to talks with the minister.",
        "‘If it does not, there will be more strikes.’"])
    assert [(q.text, q.speaker) for q in quotes] == [(
        "We hope this leads to talks with the minister. If it does not, there will be more strikes.", "Ruth Alder")]


def test_words_on_a_headband_inside_another_speakers_attribution_are_the_headbands():
    quotes = extract_from_paragraphs([
        '"They have ruined this town," a protester with a red headband that read "Recall the council" said, '
        'voicing the anger of the crowd against the Mayor Office.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", None), ("slogan", None)]


def test_what_one_of_the_boards_read_is_a_slogan():
    quotes = extract_from_paragraphs([
        '"I came because my rent doubled," said Ana Costa, a nurse.',
        '"Housing is a right, not a reward," read one of the boards at the protest.'])
    assert [(q.kind, q.speaker) for q in quotes][1] == ("slogan", None)


def test_a_bare_name_set_off_by_dashes_names_the_speaker():
    quotes = extract_from_paragraphs([
        "One carried a homemade sign that read: \"Fund the wards\".",
        'Another we spoke to - Dr Priya Nair - told us "we are asking only for what we were promised."'])
    assert [(q.kind, q.speaker) for q in quotes][1] == ("statement", "Priya Nair")


def test_chants_a_reporter_says_a_picket_line_included_are_the_crowds():
    quotes = extract_from_paragraphs([
        'Sam Okoro reports that the chants at a noisy hospital picket line included "Fair pay now" and '
        '"Claps do not pay rent".'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)] * 2


def test_a_wife_named_at_the_end_of_a_sentence_after_a_city_is_who_she_means():
    quotes = extract_from_paragraphs([
        "In Minsk, 300 people were held, including the opposition leader's wife, Olga. "
        '"If we stay quiet, they will come for all of us," she wrote on Telegram.'])
    assert [q.speaker for q in quotes] == ["Olga"]


def test_she_is_the_unnamed_woman_of_her_own_paragraph_not_the_last_speaker():
    quotes = extract_from_paragraphs([
        "Campaign aide Pavel Orlov says more marches are planned for next week.",
        'Footage shows an officer shoving a woman to the ground after she asks "Why are you taking him?" '
        "She was later treated by paramedics."])
    assert [q.speaker for q in quotes] == [None]


def test_a_body_named_after_a_hyphenated_adjective_is_what_it_means():
    quotes = extract_from_paragraphs([
        "Speakers at the rally held by the youth-led Bright Future group repeated their demands.",
        "Organisers will read a list of demands at dusk.",
        'They said the movement now reached far past campuses. "Bright Future is no longer only students," it said.'])
    assert [q.speaker for q in quotes] == ["Bright Future"]


def test_a_counted_crowd_shouting_after_a_reported_clause_chants_a_slogan():
    quotes = extract_from_paragraphs([
        "Police kept their distance as local radio said more than 8,000 people filled the square by evening "
        'shouting "Release the students" while holding up portraits.'])
    assert [q.kind for q in quotes] == ["slogan"]


def test_a_sentence_opening_on_others_starts_another_voice():
    quotes = extract_from_paragraphs([
        '"We are not going anywhere," Lena Park said. Others threw confetti at the riot vans, jeering, '
        '"Go back to your barracks!"'])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We are not going anywhere,", "Lena Park"), ("Go back to your barracks!", None)]


def test_a_song_named_after_the_musical_it_comes_from_is_a_title():
    quotes = extract_from_paragraphs([
        'Marchers sang a local version of Les Miserables "Do You Hear the People Sing?" before the speeches, '
        'then held up posters from the "Hunger Games" movies.'])
    assert quotes == []


def test_one_of_the_painted_messages_and_the_next_are_slogans():
    quotes = extract_from_paragraphs([
        "By noon students had spray-painted messages across long white sheets.",
        '"You stole our future," one message said. "We will take it back."'])
    assert [(q.text, q.kind) for q in quotes] == [("You stole our future,", "slogan"), ("We will take it back.", "slogan")]


def test_a_rallying_cry_named_in_an_aside_does_not_make_the_next_words_a_chant():
    quotes = extract_from_paragraphs([
        '"Change is overdue," Mikhail Petrov said, adding that he cared most about graft - the movement\'s '
        'rallying cry - that "reaches from the traffic police to the universities".'])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Mikhail Petrov")] * 2


def test_a_misspelt_crowd_after_an_upon_clause_shouts_a_slogan():
    quotes = extract_from_paragraphs([
        "Upon the news of Mayor Kell's resignation on Monday, some protestors who had camped outside City Hall "
        'shouted "The recall has won!"'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_an_adjective_before_crowds_is_no_name():
    quotes = extract_from_paragraphs(['Huge crowds shouting "We want elections!" filled the boulevard again.'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_long_unnamed_description_with_a_relative_clause_still_ends_in_its_verb():
    quotes = extract_from_paragraphs([
        "Earlier, marchers sang an old union song on the bridge.",
        '"We will stay until the vote is counted," a 30-year-old nurse from the Eastgate district who did not '
        "want to be identified by name told reporters."])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", None)]


def test_a_company_described_by_its_country_is_named_in_the_apposition():
    quotes = extract_from_paragraphs([
        'Regulators told operators to block the messaging apps "until further notice", said Danish telecoms '
        "company, Nordtel Group."])
    assert [q.speaker for q in quotes] == ["Nordtel Group"]


def test_placard_texts_listed_before_the_sentence_that_names_them_are_slogans():
    quotes = extract_from_paragraphs([
        "\u201d Bread, not bullets\u201d",
        "\u201d Give us back our vote\u201d",
        "These are some of the placards carried through the old town on Sunday"])
    assert [(q.text, q.kind) for q in quotes] == [("Bread, not bullets", "slogan"), ("Give us back our vote", "slogan")]


def test_an_inscription_described_at_length_before_its_colon_is_a_slogan():
    quotes = extract_from_paragraphs([
        "What sums up the week is an inscription in red paint on the scorched marble of the old town hall "
        "that was set alight by the crowd on Tuesday night: \"From today the young will sit here. Long live "
        'the republic."'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_call_for_something_after_a_list_of_shirt_slogans_is_one_more_slogan():
    quotes = extract_from_paragraphs([
        "Fury at the governor ran through the march as vendors sold T-shirts saying, \u201cResign, Alvarado,\u201d "
        "\u201cAlvarado liar\u201d and a call for \u201cNew elections, all of them out.\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)] * 3


def test_they_after_a_counted_crowd_in_the_same_sentence_is_that_crowd():
    quotes = extract_from_paragraphs([
        "Anger boiled over at Northfield College as hundreds of students left their halls to protest what they "
        'said was a "deliberate insult to every applicant" from the provost.'])
    assert [(q.text, q.speaker) for q in quotes] == [("deliberate insult to every applicant", None)]


def test_words_hollered_over_and_over_are_a_chant():
    quotes = extract_from_paragraphs([
        "The crowd outside the terminal grew all evening. One line was new, and it was hollered over and over "
        'again: "Open the gates! Open the gates!"'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_quotation_in_doubled_marks_is_read_whole_and_joined():
    quotes = extract_from_paragraphs([
        '""If we go home now, they win,"" protester Dana Cole said. ""So we are staying the night.""'])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("If we go home now, they win, So we are staying the night.", "Dana Cole")]


def test_a_long_describing_phrase_opening_a_sentence_is_not_its_subject():
    quotes = extract_from_paragraphs([
        '"It is historic," said Ariadna Thiele, a recent graduate, at a march against President Tomas '
        "Ferrer's budget cuts.",
        "Describing colleges as hotbeds of radicalism where lecturers indoctrinate their students, Ferrer has "
        "tried to dismiss the funding crisis as politics as usual.",
        '"The strike is theatre, nothing more," he said.'])
    assert [q.speaker for q in quotes] == ["Ariadna Thiele", "Tomas Ferrer"]


def test_words_someone_is_expressing_are_theirs_but_expressed_after_words_is_no_cue():
    quotes = extract_from_paragraphs([
        'Prime Minister Lena Holt thanked the marchers on Sunday, expressing "deep respect for their courage."',
        'Under the slogan "Our right to the truth," the crowd expressed anger at the broadcaster.'])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("deep respect for their courage.", "statement", "Lena Holt"),
        ("Our right to the truth,", "slogan", None)]


def test_the_noun_of_an_unnamed_speaker_named_in_the_next_paragraph_names_them():
    quotes = extract_from_paragraphs([
        '"The minister ignored every one of our demands," said the leader of a student union from the '
        "northern campus.",
        "The leader, Arman, who uses only one name, said the union would march again."])
    assert [q.speaker for q in quotes] == ["Arman"]


def test_a_chant_after_a_carrying_phrase_and_a_double_hyphen_gloss():
    quotes = extract_from_paragraphs([
        'Carrying banners that read "Let us decide" and striped regional flags, they shouted "no pasaran" -- '
        'Spanish for "they shall not pass".'])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("Let us decide", "slogan", None), ("no pasaran", "slogan", None)]


def test_an_anthem_named_after_its_country_is_a_title():
    quotes = extract_from_paragraphs([
        'Some marchers swayed to "Biladi, Biladi", Egypt\'s national anthem, as the drums stopped.'])
    assert quotes == []


def test_a_place_declared_as_something_is_named_not_quoted():
    quotes = extract_from_paragraphs([
        'Protesters took over the old customs house. The building was declared as the "capital of the '
        'uprising." One protester said: "We are not leaving."'])
    assert [q.text for q in quotes] == ["We are not leaving."]


def test_a_capitalised_state_inside_a_title_is_no_speech_verb():
    quotes = extract_from_paragraphs([
        '"We march in the footsteps of those before us," Ohio State Sen. Dana Price told the crowd.'])
    assert [q.speaker for q in quotes] == ["Dana Price"]


def test_a_list_after_they_included_is_the_slogans_shouted_in_the_sentence_before():
    quotes = extract_from_paragraphs([
        "As they stood, the marchers shouted a number of slogans and statements. They included:",
        '"I am here!"', '"Jordan Reyes!"', '"I am a mother!"'], items=frozenset({1, 2, 3}))
    assert [(q.text, q.kind) for q in quotes] == [
        ("I am here!", "slogan"), ("Jordan Reyes!", "slogan"), ("I am a mother!", "slogan")]


def test_what_an_event_description_read_is_a_statement_not_a_sign():
    quotes = extract_from_paragraphs([
        'One event description read: "This is a statewide day of action to stop the cuts before they reach '
        'our schools."'])
    assert [q.kind for q in quotes] == ["statement"]


def test_a_sign_named_after_its_words_is_a_sign_whatever_cue_came_before():
    quotes = extract_from_paragraphs([
        'One marcher was heard on a megaphone saying: "No more cuts", while another was seen hoisting a '
        '"Not Your Kingdom" sign above her head.'])
    assert [(q.text, q.kind) for q in quotes] == [("No more cuts", "statement"), ("Not Your Kingdom", "slogan")]


def test_signs_with_a_slogan_named_after_its_words_carry_it_and_as_well_as_is_no_clause():
    quotes = extract_from_paragraphs([
        "Some aimed their anger at the press as well as Premier Dan Moreau, carrying signs with the common "
        '"Moreau Out" slogan.'])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("Moreau Out", "slogan", None)]


def test_they_right_before_the_chant_verb_is_who_chants():
    quotes = extract_from_paragraphs([
        "As marchers turned into King Street, where the Harbour Parade had passed only minutes before, they "
        'shouted "no pride in stolen land" and "pay the rent".'])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)] * 2


def test_a_second_slogan_written_alongside_a_motto_is_on_the_same_signs():
    quotes = extract_from_paragraphs([
        'Supporters held signs with the union chant "one day longer" written alongside the old miners\' motto '
        '"an injury to one is an injury to all".'])
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


def test_the_name_strikers_give_their_action_is_no_quotation_but_a_verdict_in_lower_case_is():
    quotes = extract_from_paragraphs([
        'The walkout fell on the chain\'s busiest day, with baristas calling their action "the Green Apron '
        'Revolt," the Chronicle reported.',
        'The company called the strike "a needless disruption," spokesman Leo Hart said.'])
    assert [(q.text, q.speaker) for q in quotes] == [("a needless disruption,", "Leo Hart")]


def test_a_caption_paragraph_naming_someone_credits_the_words_that_follow_it():
    quotes = extract_from_paragraphs([
        "The bridge has seen several clashes between the camp and the police.",
        "Maya Redcloud, 22, a member of the Northern Plains Youth Council.",
        '"I came here from Pine Ridge because the river is our relative. We stand with anyone who will '
        'protect it."'])
    assert [q.speaker for q in quotes] == ["Maya Redcloud"]


def test_words_that_have_been_the_common_refrain_are_a_chant():
    quotes = extract_from_paragraphs([
        '"Protect the river" has been the common refrain throughout the camp, painted on banners and sung '
        "at night."])
    assert [q.kind for q in quotes] == ["slogan"]


def test_an_aside_between_dashes_after_a_chanted_name_credits_nobody():
    quotes = extract_from_paragraphs([
        'Crowds marched on the seafront chanting "Freedom!" and "Tierra y Pan" \u2014 Land and Bread \u2014 which '
        "has become a battle cry among the young."])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("Freedom!", "slogan", None), ("Tierra y Pan", "slogan", None)]


def test_a_people_in_the_plural_shouting_after_a_cry_that_ends_its_sentence():
    quotes = extract_from_paragraphs([
        '"We are not afraid!" Venezuelans shouted in towns across the country, and the spark soon reached the '
        "capital, where the square filled within an hour."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_words_said_on_a_blanket_carried_by_marchers_are_a_slogan():
    quotes = extract_from_paragraphs([
        '"They take our daughters and call it nothing," it said on a blanket carried by several marchers.'])
    assert [q.kind for q in quotes] == ["slogan"]


def test_a_campaign_named_as_a_call_to_act_is_the_group_that_speaks():
    quotes = extract_from_paragraphs([
        'Protect Our Libraries claimed there were over 800 "readers" at the sit-in. The group said the turnout '
        '"shows how much this town values its libraries".'])
    assert [q.speaker for q in quotes] == ["Protect Our Libraries"]


def test_sign_words_after_a_colon_stay_the_signs_when_a_group_reports_them_after():
    quotes = extract_from_paragraphs([
        'They were holding cardboard signs, saying: "Books not bulldozers. Keep the library open," added the '
        "campaign group."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_person_from_a_body_in_a_country_is_the_person():
    quotes = extract_from_paragraphs([
        '"They must be held to account," said 61-year-old Rosa Ilagan from the National Council of Farmers in '
        "the Philippines."])
    assert [(q.speaker, q.org) for q in quotes] == [("Rosa Ilagan", "National Council of Farmers")]


def test_an_inverted_subject_with_an_age_is_who_the_paragraph_quotes():
    quotes = extract_from_paragraphs([
        '"We will be back," said Lito Ramos, a union organiser.',
        "Among the marchers was 71-year-old Carmen Diaz, who came with her grandson after reading a call online. "
        '"I hope the guilty go to jail."'])
    assert [q.speaker for q in quotes] == ["Lito Ramos", "Carmen Diaz"]


def test_a_bodys_official_statement_without_an_article_is_the_bodys():
    quotes = extract_from_paragraphs([
        '"Every one of them must answer for it," Bantay Party official statement read.'])
    assert [q.speaker for q in quotes] == ["Bantay Party"]


def test_slogans_chanted_in_a_display_of_anger_are_not_the_display():
    quotes = extract_from_paragraphs([
        "The broadcaster said that in the metro there were crowds chanting slogans in "
        '"a display of public anger not seen in years".'])
    assert [q.kind for q in quotes] == ["statement"]


def test_a_sentence_opening_on_but_keeps_its_subject():
    quotes = extract_from_paragraphs([
        "But protester and retired nurse Alan Price, who moved to the island in 1989, insisted the crowd was "
        "bigger, saying: 'You can add a zero to that.'"])
    assert [q.speaker for q in quotes] == ["Alan Price"]


def test_the_force_on_x_is_the_police_named_before():
    quotes = extract_from_paragraphs([
        "Greater Manchester Police estimated the crowd at 20,000.",
        '"We continue to see aggression directed at officers," said the force on X, which made six arrests.'])
    assert [q.speaker for q in quotes] == ["Greater Manchester Police"]


def test_people_a_reporter_witnessed_chanting_chant_it_not_the_reporter():
    quotes = extract_from_paragraphs([
        "Al Jazeera witnessed people waving an assortment of flags \u2013 Union Jacks and the Star of David \u2013 "
        "chanting \u201cOut, out, out\u201d as they flocked to see the speakers."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]



def test_as_a_symbol_before_a_shouted_slogan_is_no_clause_of_its_own():
    quotes = extract_from_paragraphs([
        "The students held up empty notebooks as a mark of defiance against the ban, shouting, "
        "\u201cOpen the border, open the schools!\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


@pytest.mark.parametrize("paragraph, expected", [
    ("Students rallied outside the ministry under the banner of \u201cWe are not afraid\u201d.",
     [("We are not afraid", "slogan")]),
    ("Students rallied outside the ministry under the banner of \u201cSave Our Schools Day\u201d.", []),
])
def test_under_the_banner_of_a_sentence_is_a_slogan_of_a_title_a_name(paragraph, expected):
    assert [(q.text, q.kind) for q in extract_from_paragraphs([paragraph])] == expected


def test_a_person_introduced_with_a_description_and_who_speaks_next():
    quotes = extract_from_paragraphs([
        '"We are hungry and we are tired," said Hanta Rabe, a student leader.',
        "Then there is the story of Tovo, a taxi driver, who lost his car when the depot was looted. "
        '"Everything I had is gone."'])
    assert [q.speaker for q in quotes] == ["Hanta Rabe", "Tovo"]


def test_a_body_named_inside_quotation_marks_is_who_the_group_means_later():
    quotes = extract_from_paragraphs([
        'The sit-in was called by "Voix Libres," a collective formed online last spring.',
        '"We will stay until the water comes back," the collective said in a statement.'])
    assert [q.speaker for q in quotes] == ["Voix Libres"]


def test_gen_z_opens_a_name_and_is_no_general():
    quotes = extract_from_paragraphs([
        'The march was organised by Gen Z Lanka, a movement formed on Discord. '
        '"We are not going home," the movement said.'])
    assert [q.speaker for q in quotes] == ["Gen Z Lanka"]


def test_describes_itself_as_opens_no_clause_before_the_verb():
    quotes = extract_from_paragraphs([
        "Tenants United, which describes itself as a \u201cneighbourly union of renters,\u201d "
        "condemned the \u201cendless rent rises\u201d in a statement."])
    assert [(q.text, q.speaker) for q in quotes][-1] == ("endless rent rises", "Tenants United")


def test_a_hashtag_in_single_curly_marks_is_a_slogan():
    quotes = extract_from_paragraphs([
        "Tractors rolled into the city carrying banners and signs, including \u2018#NoFarmsNoFuture\u2019. "
        "Traffic stopped for hours."])
    assert [(q.text, q.kind) for q in quotes] == [("#NoFarmsNoFuture", "slogan")]


def test_a_paragraph_opening_on_said_names_the_speaker_of_the_quotation_before():
    quotes = extract_from_paragraphs([
        "Thousands of growers drove to the capital.",
        '"You may protest, but keep to the roads you were given,"',
        "said the Agriculture Minister Pieter de Wit.",
        "The convoys left by nightfall."])
    assert [q.speaker for q in quotes] == ["Pieter de Wit"]


def test_a_term_after_a_possessive_and_a_compound_adjective_is_no_quotation():
    quotes = extract_from_paragraphs([
        'Opposition leader Ana Petrova vowed to press on with her anti-corruption "citizens\' wave" aimed '
        'at the cabinet. "We will be back every night," she said.'])
    assert [q.text for q in quotes] == ["We will be back every night,"]


def test_assures_that_attributes_the_fragment_after_it():
    quotes = extract_from_paragraphs([
        '"We want calm streets," said Marta Gil of Vecinos Unidos.',
        'The march drew several thousand people. Its organisers want an end to the roadblocks, and Gil '
        'assures us that "most of the anger is online, not in the neighbourhood" before asking for patience.'])
    assert [q.speaker for q in quotes] == ["Marta Gil", "Marta Gil"]


def test_two_sentences_run_together_without_a_space_are_still_two():
    quotes = extract_from_paragraphs([
        "Smoke hung over the Civic Centre lawns as officers held back.Organisers said they had asked "
        'for calm. "We came to be heard, not to fight."'])
    assert [q.speaker for q in quotes] == [None]


def test_one_of_the_messages_left_at_a_memorial_is_written_words():
    quotes = extract_from_paragraphs([
        "By evening the railings were covered in flowers and notes, including one reading \u201c#We Remember Her\u201d."])
    assert [(q.text, q.kind) for q in quotes] == [("#We Remember Her", "slogan")]


def test_a_post_by_a_named_group_is_the_groups():
    quotes = extract_from_paragraphs([
        "A post shared by tenants' union Casa Nostra claimed 'bailiffs arrived before the court had even ruled'."])
    assert [q.speaker for q in quotes] == ["Casa Nostra"]


def test_an_unclosed_quotation_stands_when_the_next_paragraph_quotes_later_in_it():
    quotes = extract_from_paragraphs([
        "One marcher, a bus driver, said \u201cWe kept this city moving all through the winter and got nothing for it.",
        "He is not alone: \u2018half my depot feels the same way.\u2019"])
    assert [q.text for q in quotes] == [
        "We kept this city moving all through the winter and got nothing for it.", "half my depot feels the same way."]


def test_a_reports_list_of_messages_is_the_bodys_each_on_its_own():
    quotes = extract_from_paragraphs([
        "A review published last month by the Housing Ombudsman had three messages for the landlords of the "
        "city's largest estates: \u2018fix damp within a week\u2019; "
        "\u2018answer every complaint in writing\u2019; and \u2018stop blaming tenants for the mould in their homes\u2019."])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("fix damp within a week", "statement", "Housing Ombudsman"),
        ("answer every complaint in writing", "statement", "Housing Ombudsman"),
        ("stop blaming tenants for the mould in their homes", "statement", "Housing Ombudsman")]


def test_a_man_who_was_screaming_is_one_voice_not_a_chant():
    quotes = extract_from_paragraphs([
        "Marchers gathered around a man who was shouting, \u201cYou cannot arrest us all\u201d, as officers moved in."])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", None)]


def test_a_named_person_holding_a_sign_named_after_its_words_carries_it():
    quotes = extract_from_paragraphs(["Rosa Medina holds a \u201cHands Off Our Parks\u201d placard outside City Hall."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Rosa Medina")]


def test_a_single_quoted_letter_is_no_quotation():
    quotes = extract_from_paragraphs([
        "Workers held signs reading \u201cWe keep the lights on\u201d and \u201cCuts cost lives\u201d, "
        "the last crossed with a black \u2018X,\u2019 in marker."])
    assert [q.text for q in quotes] == ["We keep the lights on", "Cuts cost lives"]


def test_a_fragment_in_what_an_outlet_reports_is_the_reported_subjects():
    quotes = extract_from_paragraphs([
        "The Daily Courier reports that the strikers rejected the new offer on Monday and "
        "\u201cwill not go back for crumbs\u201d after three weeks out."])
    assert [q.speaker for q in quotes] == [None]


def test_printed_words_on_a_top_are_a_slogan():
    quotes = extract_from_paragraphs([
        "A woman in a green top with printed words \u201cStay Free\u201d handed out candles at the gate."])
    assert [(q.text, q.kind) for q in quotes] == [("Stay Free", "slogan")]


def test_a_scare_quoted_word_beside_signs_is_no_slogan():
    quotes = extract_from_paragraphs([
        "Two friends were seen wearing scarves with protest messages while \u201cpicnicking\u201d on the lawn."])
    assert [q.text for q in quotes] == []


@pytest.mark.parametrize("paragraph, speaker", [
    ("The cabinet resigned on Monday, Ortega telling reporters that the vote showed the country "
     "\u201cwanted a different road\u201d.", "Ortega"),
    ("Lena Moretti, a nurse, heard about the march at work. There was no time to lose as she opened the group chat, "
     "writing: \u201cI am on my way to the square now.\u201d", "Lena Moretti"),
])
def test_a_participle_of_speech_belongs_to_its_own_subject(paragraph, speaker):
    assert [q.speaker for q in extract_from_paragraphs([paragraph])] == [speaker]


@pytest.mark.parametrize("paragraph", [
    "\u201cWe have nothing left to sell.\u201d Rosa Quispe, a 61-year-old market trader, told reporters.",
    "\u201cWe have nothing left to sell.\u201d Rosa Quispe, 61, said.",
])
def test_a_named_speaker_with_a_description_after_a_closed_sentence(paragraph):
    assert [q.speaker for q in extract_from_paragraphs([paragraph])] == ["Rosa Quispe"]


def test_as_a_phrase_before_a_colon_is_no_clause():
    quotes = extract_from_paragraphs([
        "Tomas Varga, who founded the river group, has cast the fight as a duty to his grandchildren as a "
        "matter of honour: \u201cWe owe them clean water.\u201d"])
    assert [q.speaker for q in quotes] == ["Tomas Varga"]


def test_the_name_of_a_campaign_is_no_quotation():
    quotes = extract_from_paragraphs([
        "Hundreds of tenants rallied on Friday night in a campaign of \u201cSay no to the rent hikes,\u201d targeting "
        "the council\u2019s budget."])
    assert [q.text for q in quotes] == []


def test_one_of_a_capitalised_group_is_nobody_named():
    quotes = extract_from_paragraphs([
        "\u201cThe rent takes everything I make,\u201d said one Teamster outside the depot."])
    assert [q.speaker for q in quotes] == [None]


@pytest.mark.parametrize("paragraph, texts", [
    ("\u201cThe lake is ours.\u201d a fisherman told the radio station. \u201cThey will not drain it,\u201d he added.",
     ["The lake is ours. They will not drain it,"]),
    ("\u201cThe lake is ours,\u201d a fisherman said. \u201cThey will not drain it,\u201d she added.",
     ["The lake is ours, They will not drain it,"]),
    # someone else in between: the pronoun may be theirs
    ("\u201cThe lake is ours,\u201d a fisherman said. His neighbour shook her head. "
     "\u201cThey will not drain it,\u201d she added.",
     ["The lake is ours,", "They will not drain it,"]),
    # a crowd is not one speaker
    ("\u201cThe lake is ours,\u201d protesters said. \u201cThey will not drain it,\u201d he added.",
     ["The lake is ours,", "They will not drain it,"]),
])
def test_an_unnamed_speaker_who_goes_on_is_one_split_quotation(paragraph, texts):
    assert [q.text for q in extract_from_paragraphs([paragraph])] == texts


@pytest.mark.parametrize("paragraph, speaker", [
    ("Before dawn on Tuesday, Ilsabet was woken by sirens. She went to the window and saw smoke. "
     "\u201cThe whole street was on fire,\u201d she says by phone.", "Ilsabet"),
    ("Kovacs has brushed off the protests. In a post on Sunday, he wrote that the marchers were "
     "\u201chired actors.\u201d", "Kovacs"),
    # the "he" of the same sentence: the capitalised word opening it is no name
    ("Having watched the square fill up, he said: \u201cThe whole street was on fire.\u201d", None),
])
def test_a_one_word_name_that_opens_a_sentence_is_who_she_means_next(paragraph, speaker):
    assert [q.speaker for q in extract_from_paragraphs([paragraph])] == [speaker]


@pytest.mark.parametrize("paragraph, kind", [
    ("Making the point through one of their placards at the rally on June 2, 2024, they said, "
     "\u201cOur schools are falling down.\u201d", "slogan"),
    ("On their banners, the students said: \u201cOur schools are falling down.\u201d", "slogan"),
    # a banner beside the speaker is not what she said through
    ("With a banner behind her, the head teacher said: \u201cOur schools are falling down.\u201d", "statement"),
])
def test_a_sign_named_as_the_means_of_saying_carries_a_slogan(paragraph, kind):
    assert [q.kind for q in extract_from_paragraphs([paragraph])] == [kind]


@pytest.mark.parametrize("paragraph, texts", [
    ("\u201cWater is life,\u201d \u201cno pipeline, no peace\u201d and \u201cDrop the permit\u201d were chanted "
     "by the marchers.", ["Water is life,", "no pipeline, no peace", "Drop the permit"]),
    ('"Water is life", "no pipeline, no peace" and "Drop the permit" were chanted by the marchers.',
     ["Water is life", "no pipeline, no peace", "Drop the permit"]),
])
def test_a_chant_cue_after_a_list_is_the_whole_lists(paragraph, texts):
    quotes = extract_from_paragraphs([paragraph])
    assert [(q.text, q.kind) for q in quotes] == [(text, "slogan") for text in texts]


def test_a_term_before_a_chanted_slogan_stays_out_of_its_list():
    quotes = extract_from_paragraphs([
        "The mayor called the vote \u201ca betrayal\u201d and \u201cShame!\u201d was chanted by the crowd."])
    assert [(q.text, q.kind) for q in quotes] == [("a betrayal", "statement"), ("Shame!", "slogan")]


def test_the_chief_of_a_named_body_is_that_bodys_chief():
    quotes = extract_from_paragraphs([
        "On the stage stood Greenline chief Ana Kovac and Harbour Chief Inspector Tom Reyes.",
        "\u201cWe will be back every week,\u201d said the Greenline chief."])
    assert [q.speaker for q in quotes] == ["Ana Kovac"]


@pytest.mark.parametrize("paragraphs, speaker", [
    (["Datuk Seri Amir Hamzah Latif addressed the rally on Sunday.",
      "\u201cThese are a disgruntled few,\u201d Datuk Seri Amir said."], "Amir Hamzah Latif"),
    (["Interior Minister Laila Farouk spoke on Saturday.",
      "The marchers are \u201cnaive and reckless\u201d in their demands, the state news agency quoted her as saying."],
     "Laila Farouk"),
    (["Interior Minister Laila Farouk spoke on Saturday.",
      "\u201cThe marchers are naive,\u201d the state news agency cited the minister as saying."], "Laila Farouk"),
])
def test_an_honorific_or_an_outlet_that_quotes_is_not_the_speaker(paragraphs, speaker):
    assert [q.speaker for q in extract_from_paragraphs(paragraphs)] == [speaker]


@pytest.mark.parametrize("paragraph, speaker", [
    ("The minister left to jeers and chants of \u201cscrap the plan\u201d led by union organiser Mere Tane.", "Mere Tane"),
    ("The crowd chanted \u201cscrap the plan,\u201d led by a man with a megaphone.", None),
])
def test_a_chant_led_by_a_named_person_is_theirs(paragraph, speaker):
    quotes = extract_from_paragraphs([paragraph])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", speaker)]


def test_a_slogan_shouted_in_unison_and_its_translation():
    quotes = extract_from_paragraphs([
        "\u201cWe are not afraid,\u201d one student told me outside the library.",
        "The slogan shouted most loudly at the evening marches was: \u201cNa ja\u0161 ne pro\u0161lo.\u201d "
        "Translated, the chant means, \u201cYou did not get your way!\u201d"])
    assert [(q.text, q.kind) for q in quotes] == [
        ("We are not afraid,", "statement"), ("Na ja\u0161 ne pro\u0161lo.", "slogan")]


def test_a_chant_split_around_its_cue_is_one():
    quotes = extract_from_paragraphs([
        "\u201cIdi! Idi!\u201d they chanted, raising their phones into the air. \u201cGo! Go!\u201d"])
    assert [(q.text, q.kind) for q in quotes] == [("Idi! Idi! Go! Go!", "slogan")]


def test_a_group_on_a_platform_is_not_the_platform():
    quotes = extract_from_paragraphs([
        "Thousands were invited to the Facebook event \u201cLAMPS ON!\u201d (\u201cLeave the lights on!\u201d) "
        "that started the vigil.",
        "The Facebook group urged members to bring torches: \u201cThe square is ours from eight o'clock.\u201d",
        "\u201cWe will stay until the council listens,\u201d it read."])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("The square is ours from eight o'clock.", None), ("We will stay until the council listens,", None)]


def test_short_quotations_shown_alone_under_a_rally_report_are_slogans():
    paragraphs = [
        "The ninth weekly march filled the boulevard from the station to the courthouse, "
        "the biggest of the \u201cwinter season\u201d so far.",
        "\u201cFree the judges.\u201d", "\u201cWe are still here.\u201d", "\u201cNo deal? No peace.\u201d",
        "Police kept their distance until midnight."]
    assert [(q.text, q.kind) for q in extract_from_paragraphs(paragraphs)] == [
        ("Free the judges.", "slogan"), ("We are still here.", "slogan"), ("No deal? No peace.", "slogan")]


def test_short_quotations_alone_after_a_speaker_is_reported_are_not_slogans():
    paragraphs = [
        "Marta Ilic, who organised the first march, said the fight was far from over.",
        "\u201cWe are still here.\u201d", "\u201cAnd we will be here next week.\u201d"]
    assert [q.kind for q in extract_from_paragraphs(paragraphs)] == ["statement", "statement"]


def test_the_title_of_a_book_its_author_wrote_is_no_quotation():
    quotes = extract_from_paragraphs([
        "Dana Okoro, author of \u2018Tents on the Green: A Year of Occupation\u2019, remembers the camp well."])
    assert quotes == []


def test_he_after_an_unnamed_father_is_the_father_not_the_narrator_named_before():
    quotes = extract_from_paragraphs([
        "Tomas Reyes visited the picket line at the children's hospital this morning:",
        "The nurses waved at every passing bus. Just before noon, a young patient's father brought them "
        "a tray of coffee. \u201cYou kept my son alive,\u201d he said."])
    assert [q.speaker for q in quotes] == [None]


def test_the_name_of_an_idea_is_no_slogan():
    quotes = extract_from_paragraphs([
        "Pickets filled every entrance with placards. Their \u2018Ask a Nurse\u2019 idea drew a queue of commuters."])
    assert quotes == []


@pytest.mark.parametrize("paragraph, speaker", [
    ("Addressing the marchers, Green Left leader Ruth Keane praised what she called \u201ccitizen power\u201d and said "
     "that Irish Water and the charges both had to go. \u201cI want to thank every person here,\u201d she said.",
     "Ruth Keane"),
    ("\u2018They will not bill us twice,\u2019 17-yr-old Cian Doyle belted out from the stage.", "Cian Doyle"),
])
def test_a_body_named_before_a_role_and_an_age_before_a_name(paragraph, speaker):
    assert [q.speaker for q in extract_from_paragraphs([paragraph])][-1] == speaker


def test_one_named_singers_line_is_a_statement_and_a_crowds_a_slogan():
    quotes = extract_from_paragraphs([
        "The comedian Dana Pruitt picked up a banjo and sang, \u201cThere is a landlord in every attic.\u201d",
        "Then the marchers sang, \u201cWe shall not be moved.\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Dana Pruitt"), ("slogan", None)]


def test_a_movements_name_before_its_people_is_no_quotation():
    quotes = extract_from_paragraphs([
        "\u201cRent strike\u201d activists gathered at the square on Sunday for the third week in a row."])
    assert quotes == []


def test_the_young_man_is_the_one_the_paragraph_before_was_about():
    quotes = extract_from_paragraphs([
        "At 19, Tomas says he is no longer afraid. Tomas was beaten at the first march, "
        "when President Daniel Ortega sent in the riot police.",
        "\u201cWe only have our voices,\u201d said the young man, who painted slogans on the bridge."])
    assert [q.speaker for q in quotes] == ["Tomas"]


def test_a_bracketed_translation_of_a_quoted_name_is_no_quotation():
    quotes = extract_from_paragraphs([
        "\u201cEl Zorro\u201d [\u201cThe fox\u201d] wears a mask from an old play. \u201cThe mask is for my people,\u201d "
        "he says."])
    assert [q.text for q in quotes] == ["The mask is for my people,"]


def test_a_web_address_in_an_attribution_does_not_end_its_sentence():
    quotes = extract_from_paragraphs([
        "\u201cThis pipeline is the test of the decade,\u201d activist and Blockade.org founder Rana Haddad said "
        "in a speech at the park."])
    assert [q.speaker for q in quotes] == ["Rana Haddad"]


def test_signs_such_as_and_nothing_says():
    quotes = extract_from_paragraphs([
        "Nothing quite says \u201cspring break\u201d like a night in a police van.",
        "The students chanted and carried signs such as \u201cleave it in the ground\u201d all afternoon."])
    assert [(q.text, q.kind) for q in quotes] == [("leave it in the ground", "slogan")]


@pytest.mark.parametrize("paragraph, expected", [
    ("It was \u201cutter panic\u201d at the market, said the head of the traders' union, Grace Nabirye.",
     [("utter panic", "Grace Nabirye")]),
    ("It was \u201cutter panic\u201d at the market, Nabirye said on Monday.", [("utter panic", "Nabirye")]),
])
def test_a_fragment_whose_sentence_ends_with_who_said_it(paragraph, expected):
    assert [(q.text, q.speaker) for q in extract_from_paragraphs([paragraph])] == expected


def test_a_name_with_a_clause_of_its_own_is_no_reporting_clause_that_ends_the_sentence():
    quotes = extract_from_paragraphs([
        "Standing across the road with a \u201cVote Blue\u201d cap, Grace Nabirye said the crowd was small."])
    assert [(q.text, q.kind) for q in quotes] == [("Vote Blue", "slogan")]


def test_a_groups_name_apposed_to_it_is_no_slogan():
    quotes = extract_from_paragraphs([
        "Wearing green, the colour of \u2018Citizens Rising\u2019, the activists' pressure group, the youths "
        "chanted and blocked the road."])
    assert quotes == []


def test_a_sign_noun_inside_a_bodys_name_names_no_sign():
    quotes = extract_from_paragraphs([
        "The march was organised by Many Hands One Banner, a coalition of tenants' groups.",
        "Many Hands One Banner describes itself as a \u201cmovement of renters who will not be moved\u201d and says it "
        "is open to \u201ceveryone who pays rent in this city\u201d."])
    assert [q.kind for q in quotes] == ["statement", "statement"]


def test_a_long_word_before_a_capitalised_sign_noun_still_makes_a_name():
    quotes = extract_from_paragraphs([
        "The march was organised by Freedom Banner. The tenants' group aims to march every month "
        "\u201cuntil the rents come down\u201d."])
    assert [q.kind for q in quotes if q.kind == "slogan"] == []


def test_a_chant_split_around_its_cue_joins_a_second_part_read_alone_as_speech():
    quotes = extract_from_paragraphs([
        "\u201cOut with the cartel, down with the old guard,\u201d chanted the marchers, waving red and white "
        "Chilean flags. \u201cWhere is the new law? Where is the vote?\u201d"])
    assert [(q.text, q.kind) for q in quotes] == [
        ("Out with the cartel, down with the old guard, Where is the new law? Where is the vote?", "slogan")]


def test_advised_is_a_speech_verb_and_the_name_of_a_work_is_no_quotation():
    quotes = extract_from_paragraphs([
        "The Harbour Tenants Union called a rent strike for March.",
        "\u201cNo violence, no damage. Our strike is peaceful,\u201d the union advised.",
        "A bishop sent a pair of boots inscribed with \u201cCare for Creation,\u201d the name of his last letter "
        "to the diocese."])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("No violence, no damage. Our strike is peaceful,", "Harbour Tenants Union")]


def test_a_pronoun_with_its_verb_run_in_is_nobody_named():
    quotes = extract_from_paragraphs([
        "For months the nurses have been on strike. They\u2019re demanding \u201csafe and fair staffing\u201d "
        "on every ward."])
    assert [(q.text, q.speaker) for q in quotes] == [("safe and fair staffing", None)]


@pytest.mark.parametrize("phrase", ["Texas teachers", "Vermont librarians", "Ohio educators"])
def test_a_place_before_a_plural_of_people_is_nobodys_name(phrase):
    quotes = extract_from_paragraphs([f"{phrase} said, \u201cWe cannot buy the books ourselves any more.\u201d"])
    assert [(q.speaker, q.org) for q in quotes] == [(None, None)]


def test_a_name_before_a_plural_of_people_shouts_as_a_crowd():
    quotes = extract_from_paragraphs([
        "Even as the hospital choir tried to sing, Kansas educators drowned them out by shouting "
        "\u201cSmaller classes! Fair pay!\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_body_after_a_member_with_is_no_one_a_she_can_mean():
    quotes = extract_from_paragraphs([
        "Daniel Haddad, a volunteer with Bus Riders United, helped plan the route.",
        "\u201cThe fares went up twice this year,\u201d she said."])
    assert [q.speaker for q in quotes] == [None]


def test_the_group_after_a_volunteer_with_is_that_body():
    quotes = extract_from_paragraphs([
        "Omar Haddad, a volunteer with Bus Riders United, helped plan the route.",
        "\u201cThe fares went up twice this year,\u201d the group states. \u201cWe ride anyway.\u201d"])
    assert [q.speaker for q in quotes] == ["Bus Riders United"]


def test_a_named_son_beside_his_mother_is_not_the_she_who_speaks():
    quotes = extract_from_paragraphs([
        "Lucía Fernández and her son Mateo came to the plaza early to march against the new law signed "
        "by Governor Arrieta. \u201cWe did not vote for this, and we will not accept it,\u201d she said."])
    assert [q.speaker for q in quotes] == ["Lucía Fernández"]


def test_an_unnamed_son_beside_his_mother_is_the_he_who_speaks():
    quotes = extract_from_paragraphs([
        "Governor Arrieta signed the law on Friday.",
        "Lucía Fernández and her son came to the plaza early. \u201cWe did not vote for this,\u201d he said."])
    assert [q.speaker for q in quotes] == [None]


def test_a_pronoun_that_answered_by_saying_is_who_says():
    quotes = extract_from_paragraphs([
        "Governor Tomás Arrieta signed the law on Friday.",
        "The march follows last month's strike, which he dismissed by saying the unions had staged "
        "\u201ca stunt for the cameras.\u201d"])
    assert [q.speaker for q in quotes] == ["Tomás Arrieta"]


def test_a_crowd_says_a_short_fragment_after_an_article():
    quotes = extract_from_paragraphs([
        "Strikers said on Friday they had won the \u201cmoral victory\u201d of the week."])
    assert [(q.text, q.kind) for q in quotes] == [("moral victory", "statement")]


def test_a_named_leader_claiming_a_short_fragment_after_an_article():
    quotes = extract_from_paragraphs([
        "Governor Ilse Brandt spoke on television claiming a commitment to the \u201cnew dialogue\u201d "
        "and said she had freed 40 prisoners."])
    assert [(q.text, q.speaker) for q in quotes] == [("new dialogue", "Ilse Brandt")]


def test_an_unattributed_term_after_an_article_stays_a_term():
    quotes = extract_from_paragraphs([
        "An officer fired a \u201cless-lethal round\u201d into the crowd."])
    assert quotes == []


def test_a_crowd_who_chanted_after_whom_a_speaker_told():
    quotes = extract_from_paragraphs([
        "\u201cThe mayor has to go,\u201d she told marchers who chanted \u201cOut, out, out!\u201d"])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("The mayor has to go,", "statement", None), ("Out, out, out!", "slogan", None)]


def test_he_after_a_one_word_name_that_just_spoke_is_that_name():
    quotes = extract_from_paragraphs([
        "Inside the chamber, Obradović rejected the demand, saying that \u201cthe cabinet will finish its term.\u201d "
        "He added that \u201cthe door to talks is open.\u201d"])
    assert [q.speaker for q in quotes] == ["Obradović", "Obradović"]


def test_he_after_a_one_word_name_is_the_full_named_person_of_the_paragraph():
    quotes = extract_from_paragraphs([
        "Harbor mayor, Tomás Ferreira, said the closure was \u201cregrettable\u201d as he warned the "
        "\u201creopening will take months, not weeks\u201d."])
    assert [q.speaker for q in quotes] == ["Tomás Ferreira"]


def test_a_bare_cry_after_a_crowds_shout_in_the_paragraph_before_is_theirs():
    quotes = extract_from_paragraphs([
        "The marchers stopped at the ministry: \u201cWages now! Wages now!\u201d they shouted.",
        "\u201cIf the minister will not come down, we will come up every day until he does!\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


def test_a_bare_line_after_a_crowds_shout_and_a_named_speaker_is_the_speakers():
    quotes = extract_from_paragraphs([
        "\u201cWages now!\u201d the marchers shouted. \u201cThat was loud,\u201d said union steward Dana Ruiz.",
        "\u201cWe will be back on Monday!\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("slogan", None), ("statement", "Dana Ruiz"), ("statement", "Dana Ruiz")]


@pytest.mark.parametrize("source", ["Okafor's website", "Okafor's Facebook page"])
def test_a_persons_website_or_channel_carries_their_words(source):
    quotes = extract_from_paragraphs([
        "Opposition leader Chidi Okafor did not attend the rally.",
        f"{source} said he would join on Friday and urged \u201ceveryone to stay peaceful.\u201d"])
    assert [q.speaker for q in quotes] == ["Chidi Okafor"]


def test_a_battle_cry_set_off_by_a_dash_is_a_chant():
    quotes = extract_from_paragraphs([
        "All night the square rang with what had become the strikers' battle cry during more than three weeks "
        "of round-the-clock pickets - \u201cNot one step back!\u201d"])
    assert [(q.text, q.kind) for q in quotes] == [("Not one step back!", "slogan")]


def test_the_words_that_opened_a_broadcast_are_the_hosts_after_a_paragraph_of_buttons():
    quotes = extract_from_paragraphs([
        "Drivers honked, neighbours cheered and hurriedly pressed buttons on their phones to spread the news.",
        "\u201cGood morning, everyone, it seems the long wait is over,\u201d a radio host on the independent "
        "Station Nine opened her broadcast."])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", None)]


def test_a_named_mayor_who_opened_her_speech_said_the_words():
    quotes = extract_from_paragraphs([
        "\u201cFriends, we are here for our children,\u201d Mayor Ana Ruiz opened her speech."])
    assert [q.speaker for q in quotes] == ["Ana Ruiz"]


@pytest.mark.parametrize("phrase", [
    "Senator Rosa Benítez from the opposition Citizens Party",
    "Rosa Benítez of the main opposition Citizens Party",
])
def test_a_person_from_a_described_party_is_the_speaker(phrase):
    quotes = extract_from_paragraphs([f"{phrase} said, \u201cThe vote was held in secret and it is void.\u201d"])
    assert [(q.speaker, q.org) for q in quotes] == [("Rosa Benítez", "Citizens Party")]


def test_a_person_of_a_party_with_any_description_before_it_is_the_speaker():
    quotes = extract_from_paragraphs([
        "\u201cThe vote was held in secret and it is void,\u201d said Rosa Benítez of the breakaway Citizens Party."])
    assert [(q.speaker, q.org) for q in quotes] == [("Rosa Benítez", "Citizens Party")]


def test_a_speaker_after_a_long_unspaced_dash_aside_is_credited():
    quotes = extract_from_paragraphs([
        "\u201cWe will not stop until the count is done,\u201d Lina Okoro said.",
        "\u201cThe count is a fraud,\u201d former governor Tomás Arrieta\u2014who was removed by the assembly in "
        "2011 and now chairs the opposition\u2019s legal committee\u2014reportedly declared."])
    assert [q.speaker for q in quotes] == ["Lina Okoro", "Tomás Arrieta"]


def test_he_after_an_unnamed_office_holder_is_not_the_person_quoted_before():
    quotes = extract_from_paragraphs([
        "Teodora Vance, a local reporter, said: \u201cThe curfew was announced at noon.\u201d",
        "Shops stayed shut across the capital.",
        "The acting interior minister has claimed that the marches were \u201ctaken over by looters\u201d. "
        "He defended the curfew by stating that troops had to \u201cguard the power stations\u201d."])
    assert [(q.text, q.speaker) for q in quotes][1:] == [
        ("taken over by looters", None), ("guard the power stations", None)]


def test_he_after_an_office_naming_the_person_just_named_is_that_person():
    quotes = extract_from_paragraphs([
        "Najib Razak retains the support of his party. The premier has criticised the organisers, saying "
        "the holiday was no stage for politics.",
        "The organisers are \u201cshallow and poor\u201d in patriotism, the state news agency cited him as saying."])
    assert [q.speaker for q in quotes] == ["Najib Razak"]


def test_a_name_with_a_long_description_then_told_is_the_speaker():
    quotes = extract_from_paragraphs([
        "\u201cWe are here to end a corrupt and frightened government,\u201d Amal Haddad, a lawmaker from the "
        "Reform party that is part of the Common Front alliance of opposition parties, told the crowd."])
    assert [q.speaker for q in quotes] == ["Amal Haddad"]


def test_its_misspelt_before_a_plural_is_the_people_not_the_place():
    quotes = extract_from_paragraphs([
        "New life has come to Liberty Square, the tent city by Riverside University whose streets stretch for "
        "miles. It\u2019s inhabitants have vowed to march every Friday to help \u2018win the square back for good.\u2019"])
    assert [q.speaker for q in quotes] == [None]


def test_a_bracketed_aside_between_a_slogan_and_its_words():
    quotes = extract_from_paragraphs([
        "Their iconic slogan (heard across large parts of the Arab World this year) \u2018Irhal ya hukumat al "
        "fasad!\u2019 has now been adapted."])
    assert [(q.text, q.kind) for q in quotes] == [("Irhal ya hukumat al fasad!", "slogan")]


def test_signs_after_a_clause_with_led_by_and_a_square_are_the_crowds():
    quotes = extract_from_paragraphs([
        "After a prayer led by a priest at Liberty Square, the anthem sounded, then the drums took over, while "
        "the marchers carried signs that included the words \u201cOut with the junta\u201d."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_square_followed_by_a_clause_is_no_person_described():
    quotes = extract_from_paragraphs([
        "After a vigil at Liberty Square, the national anthem sounded and signs read \u201cOut with the junta\u201d.",
        "\u201cWe will be back tomorrow,\u201d the national anthem organiser said."])
    assert [q.speaker for q in quotes] == [None, None]


def test_quotations_that_were_among_the_shouts_are_slogans():
    quotes = extract_from_paragraphs([
        "\u201cWe are tired,\u201d said Ama Ouedraogo.",
        "\u201cThe regime is finished!\u201d and \u201cWe want a new day!\u201d were among the shouts heard on the "
        "avenue, the radio reported."])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Ama Ouedraogo"), ("slogan", None), ("slogan", None)]


def test_the_name_a_movement_gave_to_a_dispute_is_no_quotation():
    quotes = extract_from_paragraphs([
        "It is the second march against the president, after the one on March 3 that gave its name to the "
        "dispute, \u201cMarch 3 movement \u2013 Front of the Patriotic Forces\u201d."])
    assert quotes == []


def test_crowds_that_shouted_reported_by_someone_else_are_chanting():
    quotes = extract_from_paragraphs([
        "The activist told reporters that massive crowds shouted \u201cKasala, freedom!\u201d as they marched."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_he_after_an_aside_naming_the_candidate_is_the_candidate():
    quotes = extract_from_paragraphs([
        "Cars stopped across the city, answering presidential candidate Tomás Arrieta\u2019s call for a day of mourning.",
        "\u201cWe are here because our brothers were killed,\u201d explained Daniel Mabote, who stopped his taxi.",
        "The mourning, the candidate explained, is for 50 people who died in the protests, he said, "
        "\u201ckilled by those who should protect them\u201d."])
    assert [q.speaker for q in quotes] == ["Daniel Mabote", "Tomás Arrieta"]


def test_graffiti_that_read_then_a_long_participle_clause_is_a_slogan():
    quotes = extract_from_paragraphs([
        "\u201cKings, Generals, Thieves,\u201d read graffiti on a bus shelter setting Karimov\u2019s name alongside "
        "the names of the ousted governors."])
    assert [(q.text, q.kind) for q in quotes] == [("Kings, Generals, Thieves,", "slogan")]


def test_a_paragraph_about_the_speaker_alone_does_not_end_their_turn():
    quotes = extract_from_paragraphs([
        "\u201cThese are the biggest marches since 2011,\u201d union founder Samira Aziz tells reporters.",
        "For Aziz the task now is to keep the crowds coming.",
        "\u201cWe have prepared for a long sit-in, and we will not get tired.\u201d"])
    assert [q.speaker for q in quotes] == ["Samira Aziz", "Samira Aziz"]


def test_a_paragraph_naming_someone_else_ends_the_speakers_turn():
    quotes = extract_from_paragraphs([
        "\u201cThese are the biggest marches since 2011,\u201d union founder Samira Aziz tells reporters.",
        "Police chief Omar Haddad ordered the square closed at dusk.",
        "\u201cWe have prepared for a long sit-in, and we will not get tired.\u201d"])
    assert [q.speaker for q in quotes] == ["Samira Aziz", None]


def test_a_one_word_name_dressed_as_a_person_is_the_she_who_states():
    quotes = extract_from_paragraphs([
        "Dawit Bekele, a well-known organiser, told reporters, \u201cWe are back where we started.\u201d",
        "Hawi, dressed in a white cotton shawl, expressed a similar view.",
        "She stated, \u201cNothing has changed for us.\u201d"])
    assert [q.speaker for q in quotes] == ["Dawit Bekele", "Hawi"]


@pytest.mark.parametrize("verb", ["condemning", "denouncing", "decrying"])
def test_a_statement_condemning_these_quoted_words_keeps_them(verb):
    quotes = extract_from_paragraphs([
        f"The city council issued a statement {verb} these \u201cacts of looting and arson,\u201d and urged calm."])
    assert [(q.text, q.kind) for q in quotes] == [("acts of looting and arson,", "statement")]


def test_it_after_a_named_advice_service_is_that_service():
    quotes = extract_from_paragraphs([
        "Wellington's official Safe Travel advice service warned visitors in the capital to stay indoors.",
        "\u201cThe situation is changing quickly. Avoid crowds,\u201d it said."])
    assert [q.speaker for q in quotes] == ["Safe Travel"]


@pytest.mark.parametrize("house", ["Parliament", "Congress", "Knesset"])
def test_a_member_of_a_house_before_a_name_is_a_title(house):
    quotes = extract_from_paragraphs([
        f"Ruling party Member of {house} Obed Mwansa backed the ban, urging officers to \u201cclear the streets by noon\u201d.",
        "\u201cThese marches do not speak for the country,\u201d he said."])
    assert [q.speaker for q in quotes] == ["Obed Mwansa", "Obed Mwansa"]


def test_a_committee_of_parliament_stays_a_body():
    quotes = extract_from_paragraphs([
        "The Parliament Oversight Committee said the ban was \u201cagainst the constitution\u201d."])
    assert [q.speaker for q in quotes] == ["Parliament Oversight Committee"]


def test_a_source_that_cited_quoted_words_is_their_source_not_the_last_speaker():
    quotes = extract_from_paragraphs([
        "Nurse Amina Juma told reporters she had treated a dozen people, while a hospital source cited "
        "\u201cdozens of gunshot wounds\u201d across the city."])
    assert [q.speaker for q in quotes] == [None]


def test_with_a_place_and_an_office_before_a_name_then_warning():
    quotes = extract_from_paragraphs([
        "Officials moved fast, with Rio de Janeiro Security Secretary Paulo Mendes warning that "
        "\u201canyone blocking the roads will be arrested.\u201d"])
    assert [q.speaker for q in quotes] == ["Paulo Mendes"]


def test_a_named_monitor_that_reported_a_quoted_finding_is_its_source():
    quotes = extract_from_paragraphs([
        "Meanwhile, the monitoring group Access Watch reported a \u201cnear-total shutdown of mobile data,\u201d "
        "as the count went on."])
    assert [(q.text, q.speaker) for q in quotes] == [("near-total shutdown of mobile data,", "Access Watch")]


def test_reported_alone_before_a_quoted_term_is_still_no_cue():
    quotes = extract_from_paragraphs(["Residents reported a \u201cvery loud\u201d bang near the depot."])
    assert quotes == []


def test_one_protester_named_as_the_protester_after_his_next_quotation():
    quotes = extract_from_paragraphs([
        "One protester said the country had been \u201casleep for thirty years\u201d until this winter.",
        "\u201cWe are awake now and we will not go home,\u201d the protester, Emir Hadzic, told local radio."])
    assert [q.speaker for q in quotes] == ["Emir Hadzic", "Emir Hadzic"]


def test_who_then_a_day_then_told_is_the_name_before_who():
    quotes = extract_from_paragraphs([
        "The strike has drawn support from artists, including the painter Marta Kos, who on Sunday told "
        "the crowd that they were \u201cthe conscience of the whole country.\u201d"])
    assert [q.speaker for q in quotes] == ["Marta Kos"]


def test_protests_under_the_banner_of_a_quoted_name_show_no_slogan():
    quotes = extract_from_paragraphs([
        "Rallies were also held under the banner \u201cWe Are Still Here\u201d in three smaller towns."])
    assert quotes == []


def test_marching_behind_a_banner_still_shows_its_words():
    quotes = extract_from_paragraphs(["The nurses marched behind the banner \u201cSafe staffing saves lives\u201d all afternoon."])
    assert [(q.text, q.kind) for q in quotes] == [("Safe staffing saves lives", "slogan")]


def test_he_opening_the_paragraph_before_keeps_the_one_named_earlier():
    quotes = extract_from_paragraphs([
        "Karim, who asked that his family name not be printed, has driven a bus in the city for twenty years.",
        "A Syrian, he dismissed claims that the unrest was like the uprising that forced out President Omar Haddad in 2011.",
        "\u201cBack home we had nothing to lose. Here people have a lot to lose,\u201d he said."])
    assert [q.speaker for q in quotes] == ["Karim"]


def test_a_particle_between_names_keeps_one_long_arabic_name():
    quotes = extract_from_paragraphs([
        "\u201cWe will not allow anyone to divide this country,\u201d said the ruler, Sheik Hamad Al Ahmed Al Thani."])
    assert [q.speaker for q in quotes] == ["Sheik Hamad Al Ahmed Al Thani"]


def test_head_of_a_council_then_a_name_with_no_comma_is_the_name():
    quotes = extract_from_paragraphs([
        "In her speech the chair of the Lagos Workers Council Funmi Adeyemi said the strikers were "
        "\u201cready to stay out for as long as it takes.\u201d",
        "\u201cWe did not start this fight,\u201d she added."])
    assert [q.speaker for q in quotes] == ["Funmi Adeyemi", "Funmi Adeyemi"]


def test_a_body_named_against_something_stays_one_name():
    quotes = extract_from_paragraphs([
        "Dana Whitfield, a member of the Ohio Coalition Against Fracking Wells, said \u201cthe wells leak every winter.\u201d"])
    assert [(q.speaker, q.org) for q in quotes] == [("Dana Whitfield", "Ohio Coalition Against Fracking Wells")]


def test_a_crowds_message_of_short_cries_after_a_colon_is_a_slogan():
    quotes = extract_from_paragraphs([
        "The march saw thousands of demonstrators fill the avenue with one loud message: "
        "\u201cHands Off Our Water! No More Cuts! Power to the People!\u201d"])
    assert [(q.text, q.kind) for q in quotes] == [("Hands Off Our Water! No More Cuts! Power to the People!", "slogan")]


def test_a_holiday_is_no_he_and_a_group_led_by_a_named_activist_is_no_body():
    quotes = extract_from_paragraphs([
        "A group of jobless graduates marched through the capital yesterday.",
        "The group led by social activist, Tomasz Wolny shouted that the government should stop lying.",
        "Speaking at the rally, Wolny expressed anger that ministers chose to celebrate Constitution Day while "
        "people were on the streets.",
        "He said he had written to several ministers.",
        "\u201cI have written to the labour ministry, the finance ministry and the president,\u201d he informed."])
    assert [q.speaker for q in quotes] == ["Tomasz Wolny"]


def test_an_adjective_opening_the_sentence_before_a_crowd_is_no_name():
    quotes = extract_from_paragraphs([
        "Unemployed youth have been urged to join the strike by union activist Pedro Salas. He said the crisis "
        "was national. According to local radio, he claimed the country would mark ten years of "
        "\u201cbroken promises and empty offices\u201d."])
    assert [q.speaker for q in quotes] == ["Pedro Salas"]


def test_words_a_crowd_demanded_while_chanting_are_a_slogan():
    quotes = extract_from_paragraphs([
        "\u201cJobs now, not more speeches,\u201d the marchers demanded, chanting as they passed the ministry."])
    assert [(q.text, q.kind) for q in quotes] == [("Jobs now, not more speeches,", "slogan")]


def test_he_asked_inside_a_that_clause_is_he_not_the_sentences_it():
    quotes = extract_from_paragraphs([
        "Dov Klein, head of the Jewish Youth Forum, spoke about fear: \u201cYoung people are already packing.\u201d "
        "It went so far that he asked the crowd whether they would stay: \u201cLeaving is no longer unthinkable.\u201d"])
    assert [q.speaker for q in quotes] == ["Dov Klein", "Dov Klein"]


def test_a_named_programme_she_cited_is_no_quotation():
    quotes = extract_from_paragraphs([
        "As proof, she cited school closures, \u201cProject Horizon\u201d and the new registry."])
    assert quotes == []


def test_a_march_under_the_motto_shows_its_slogan():
    quotes = extract_from_paragraphs(["The fifth weekly march was held under the motto \u201cWe stay together\u201d."])
    assert [(q.text, q.kind) for q in quotes] == [("We stay together", "slogan")]


def test_one_word_ending_a_posters_paraphrase_is_no_slogan():
    quotes = extract_from_paragraphs([
        "Before the march, students burnt a huge poster of the governor bearing a message appealing for the two "
        "sides to settle the dispute through \u201cnegotiation\u201d."])
    assert quotes == []


def test_a_place_based_description_before_the_apposed_name_keeps_the_name():
    quotes = extract_from_paragraphs([
        "The paper's Sydney-based editor, Mele Taufa, said the turnout showed how angry people were.",
        "\u201cPeople feel their freedom to speak is being taken away.\u201d"])
    assert [q.speaker for q in quotes] == ["Mele Taufa"]


def test_banners_waved_by_the_crowd_that_backed_a_named_man_are_the_crowds():
    quotes = extract_from_paragraphs([
        "The petition was handed over by the union chairman, Sione Vea.",
        "He was backed by a large crowd that had walked from the harbour waving banners declaring "
        "\u201cGive us back our kingdom!\u201d"])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("Give us back our kingdom!", "slogan", None)]


@pytest.mark.parametrize("lead_in", ["Comrade Asha Persad reminded everyone", "Union chief Asha Persad was adamant"])
def test_reminded_and_was_adamant_cue_the_speakers_words(lead_in):
    quotes = extract_from_paragraphs([f"{lead_in} that they were \u201cnot going back to work for crumbs.\u201d"])
    assert [(q.text, q.speaker) for q in quotes] == [("not going back to work for crumbs.", "Asha Persad")]


def test_a_song_after_a_singers_possessive_and_a_bracketed_name_is_a_title():
    quotes = extract_from_paragraphs([
        "And off they marched on the \u201cRoad To Justice\u201d to the strains of singer Marcus Hale\u2019s \u201cRise Again\u201d "
        "and the late calypsonian Singing Marva\u2019s (Marva Joseph-Lee) \u201cStand With Pride\u201d."])
    assert quotes == []


def test_a_mayor_after_his_citys_possessive_is_the_subject_he_means():
    quotes = extract_from_paragraphs([
        "\u201cFrankly, I expected more,\u201d admits Lotta Virtanen, one of the organisers.",
        "Tampere\u2019s Mayor Aki Rinne (KOK) joined the march and admitted he had hoped for a bigger crowd.",
        "\u201cThe heat has kept people at home\u201d he said."])
    assert [q.speaker for q in quotes] == ["Lotta Virtanen", "Aki Rinne"]


def test_he_after_a_paragraph_naming_a_songwriter_by_possessive_is_not_the_songwriter():
    quotes = extract_from_paragraphs([
        "The crowd chanted \u201cStop the war\u201d and rapper Sisu (real name Kaarlo Lind) sang Woody Guthrie\u2019s old "
        "song of protest.",
        "He told reporters he was \u201cangry\u201d about the attack.",
        "\u201cIt was important for me to be here and sing,\u201d he said."])
    assert [q.speaker for q in quotes][-1] == "Kaarlo Lind"  # (his name in the brackets; not Guthrie)


def test_the_last_banner_of_a_list_before_a_reporters_said_is_still_a_banner():
    quotes = extract_from_paragraphs([
        "Marchers carried banners proclaiming \u201chousing is a right,\u201d or \u201cNo evictions in winter,\u201d a local "
        "reporter said."])
    assert [(q.text, q.kind) for q in quotes] == [("housing is a right,", "slogan"), ("No evictions in winter,", "slogan")]


def test_said_a_name_before_a_named_building_is_the_name():
    quotes = extract_from_paragraphs([
        "The rally was held in front of the Storting on Saturday.",
        "\u201cWe will not be silenced,\u201d said Ola Brekke before the Storting."])
    assert [q.speaker for q in quotes] == ["Ola Brekke"]


def test_speakers_included_a_name_then_a_colon_and_the_next_sentence_calls_for_something():
    quotes = extract_from_paragraphs([
        "Speakers on the stage included the writer Anna Keller: \u201cWe have waited forty years for this.\u201d "
        "Marco Frei, the head of the teachers' union, called for a general strike."])
    assert [q.speaker for q in quotes] == ["Anna Keller"]


def test_a_paragraph_introducing_someone_that_ends_in_a_comma_runs_on_into_the_quotation():
    quotes = extract_from_paragraphs([
        "Sina from Lufilufi walked with her two daughters to show where she stood on the land law,",
        "\u201cWe march because the land is all our children will have.\u201d"])
    assert [q.speaker for q in quotes] == ["Sina"]


def test_a_paragraph_that_ends_in_a_full_stop_does_not_hand_its_subject_the_next_quotation():
    quotes = extract_from_paragraphs([
        "Sina from Lufilufi walked with her two daughters.",
        "\u201cWe march because the land is all our children will have.\u201d"])
    assert [q.speaker for q in quotes] == [None]


def test_an_opening_place_and_its_apposition_before_a_crowd_that_shouted():
    quotes = extract_from_paragraphs([
        "Outside the Town Hall, the seat of the council, marchers waved red flags and shouted "
        "\u201cMayor out!\u201d and \u201cShame! Shame!\u201d as police looked on."])
    assert [(q.text, q.kind) for q in quotes] == [("Mayor out!", "slogan"), ("Shame! Shame!", "slogan")]


def test_a_name_on_a_platform_is_the_name_alone():
    quotes = extract_from_paragraphs([
        "President Ana Quiroga condemned the arson. Quiroga on Twitter denounced the attack.",
        "\u201cWe cannot allow vandalism of public property,\u201d she wrote."])
    assert [q.speaker for q in quotes] == ["Ana Quiroga"]


def test_a_transcripts_speaker_line_names_the_quotation_after_it():
    quotes = extract_from_paragraphs([
        "Hundreds of teachers marched through the town this morning.",
        "Rosa Mendez, Teacher, Santa Elena Primary School",
        "\u201cOur pay has not moved in six years while everything else has gone up.\u201d",
        "Tomas Reyes",
        "\u201cWhat do you hope the march will achieve?\u201d"])
    assert [q.speaker for q in quotes] == ["Rosa Mendez", "Tomas Reyes"]


def test_a_heading_before_a_quotation_with_its_own_cue_changes_nothing():
    quotes = extract_from_paragraphs([
        "Regional Tensions",
        "\u201cWe will not be moved,\u201d said organiser Ana Ruiz."])
    assert [q.speaker for q in quotes] == ["Ana Ruiz"]


def test_said_an_adjective_and_a_full_name_of_a_place_is_the_name():
    quotes = extract_from_paragraphs([
        "\u201cIt does not matter how many came, it matters that we came at all,\u201d said a beaming "
        "Kofi Mensah of Ward 7, who says he will stay all week."])
    assert [q.speaker for q in quotes] == ["Kofi Mensah"]


def test_he_opening_a_paragraph_is_not_a_name_later_in_his_sentence():
    quotes = extract_from_paragraphs([
        "\u201cI came to speak for my street,\u201d said Samuel Boima Kollie, a trader.",
        "Kollie said Mayor Peter Dorley had broken his promises to the market women.",
        "He believes that Dorley has enriched his family in two years: \u201cThe mayor owns more "
        "houses now than anyone in this city.\u201d"])
    assert [q.speaker for q in quotes] == ["Samuel Boima Kollie"] * 2


def test_an_organisations_office_after_a_name_is_not_a_second_person():
    quotes = extract_from_paragraphs([
        "Marchers answered the call of UNITY Chairman Joseph Karnley.",
        "In a video after the march, Joseph Karnley, UNITY Chairman thanked the marchers.",
        "\u201cYou showed the country what discipline looks like,\u201d Karnley said.",
        "The UNITY chairman thanked the diaspora for what he described as their \u201csteady and generous support.\u201d"])
    assert [q.speaker for q in quotes] == ["Joseph Karnley"] * 2


def test_the_police_after_their_statement_runs_over_two_paragraphs_are_the_force_named():
    quotes = extract_from_paragraphs([
        "The Sierra police said they would \u201cuse every lawful means\u201d to keep the roads open.",
        "The warning came after a night of burning barricades in the capital.",
        "\u201cOfficers showed restraint throughout the night. The force respects the right to march.",
        "\u201cBut some persons chose violence, and officers were hurt,\u201d the police said in a statement.",
        "They said that \u201canyone found blocking a highway will be arrested and charged\u201d."])
    assert [q.speaker for q in quotes] == ["Sierra police"] * 3


def test_a_quoted_name_after_the_that_ends_in_movement_is_no_quotation():
    quotes = extract_from_paragraphs([
        "The ministry later announced a ban on the \u201cTwo Terms (is enough) Movement\u201d, the group behind the marches. "
        "Its spokesman called the ban \u201can attack on every citizen who wants change\u201d."])
    assert [q.text for q in quotes] == ["an attack on every citizen who wants change"]


def test_placards_bore_someones_words_however_long_the_description_before_them():
    quotes = extract_from_paragraphs([
        "Other billboards bore Maria Ortega\u2019s final line in her last interview, given a week before her death "
        "\u201cThey can take the land but not the song\u201d."])
    assert [(q.text, q.kind) for q in quotes] == [("They can take the land but not the song", "slogan")]


def test_a_glued_dateline_and_a_name_opening_with_an_apostrophe():
    quotes = extract_from_paragraphs([
        "TEYATEYANENG-HEALTH Minister \u2019Mathabo Letsie faced angry questions in the Senate on Tuesday.",
        "The minister said the nurses had broken the Public Gatherings Act of 2010.",
        "She also said the march had no permit.",
        "\u201cA permit must be sought seven days before any procession,\u201d she said."])
    assert [q.speaker for q in quotes] == ["\u2019Mathabo Letsie"]


def test_a_paragraph_naming_no_one_between_two_quotations_does_not_end_the_turn():
    quotes = extract_from_paragraphs([
        "\u201cThe police then detained nine of them,\u201d said Minister Lerato Mokoena.",
        "They appeared before the district court on Wednesday.",
        "\u201cI ask everyone to respect the law.\u201d"])
    assert [q.speaker for q in quotes] == ["Lerato Mokoena"] * 2


def test_a_places_opposition_parties_are_no_speaker_and_a_relative_opening_is_skipped():
    quotes = extract_from_paragraphs([
        "Following the tribunal\u2019s review, the findings of which remain sealed, Zambian opposition parties "
        "have claimed that there was \u201cwholesale rigging of the count\u201d.",
        "After the audit, the details of which were leaked, union leader Ruth Banda has claimed that the figures "
        "showed \u201ca pattern of deliberate neglect\u201d."])
    assert [q.speaker for q in quotes] == [None, "Ruth Banda"]


def test_a_bodys_quoted_name_after_the_umbrella_of_the_is_no_quotation():
    quotes = extract_from_paragraphs([
        "Civic groups under the umbrella of the \u201cCoalition of Concerned Citizens\u201d had planned a march "
        "to the prime minister\u2019s office."])
    assert quotes == []


def test_a_so_called_term_inside_a_list_of_signs_is_no_slogan():
    quotes = extract_from_paragraphs([
        "Marchers held signs reading \"Parliament without shadows\" (a jab at so-called Estonian \"tycoon\" "
        "Rein Kask) and \"Prime minister, find your spine,\" among others."])
    assert [(q.text, q.kind) for q in quotes] == [("Parliament without shadows", "slogan"),
                                                   ("Prime minister, find your spine,", "slogan")]


def test_two_single_marks_open_as_well_as_close_a_quotation():
    quotes = extract_from_paragraphs([
        "Speakers warned that the cabinet ''will fall when the people lose patience'' and left."])
    assert [q.text for q in quotes] == ["will fall when the people lose patience"]


def test_the_capitalised_president_is_the_president_named_before():
    quotes = extract_from_paragraphs([
        "President Marisol Aranda-Kwee\u2019s office condemned the violence on Friday.",
        "\u201cThis is a serious threat to the rule of law,\u201d the President said in a statement."])
    assert [q.speaker for q in quotes] == ["Marisol Aranda-Kwee"]


def test_a_body_acting_in_the_paragraph_between_ends_the_last_speakers_turn():
    quotes = extract_from_paragraphs([
        "\u201cWe will restore order,\u201d said President Marisol Aranda.",
        "Late on Friday, the regional bloc ASEC also condemned the violence.",
        "\u201cASEC reaffirms its support for the elected government.\u201d"])
    assert [q.speaker for q in quotes] == ["Marisol Aranda", None]


def test_they_after_several_unnamed_speakers_is_them_not_the_organisers_named_before():
    quotes = extract_from_paragraphs([
        "The picket was organised by the Union of Baltic Farmers outside the ministry.",
        "There were also several persons who addressed the crowd, saying that farms would close. "
        "They also warned that the minister \u201cwill be chased out of office by spring\u201d."])
    assert [q.speaker for q in quotes] == [None]


def test_one_of_the_most_active_speakers_then_a_description_then_the_name():
    quotes = extract_from_paragraphs([
        "One of the most active hecklers, a \u201cregular\u201d at such pickets, Ivars Ozols expressed the point of view "
        "that the cabinet had left farmers \u201cwithout boots\u201d."])
    assert [(q.text, q.speaker) for q in quotes] == [("without boots", "Ivars Ozols")]


def test_a_name_line_before_a_quotation_with_words_after_it_reads_without_error():
    # The transcript rule once rebound the paragraph's own text to the speaker it parsed,
    # and the names after the quotation were then read from that: a TypeError mid-build.
    quotes = extract_from_paragraphs(["Ana Ruiz", '"We are here," from Texas.'])
    assert [(q.text, q.speaker) for q in quotes] == [("We are here,", "Ana Ruiz")]


def test_said_a_full_name_from_a_described_group_is_the_name():
    quotes = extract_from_paragraphs([
        "\u201cWe are here because the deputies voted for themselves,\u201d said Rosa Maria Belo from a student union."])
    assert [q.speaker for q in quotes] == ["Rosa Maria Belo"]


def test_a_former_role_opening_a_sentence_makes_the_name_its_subject():
    quotes = extract_from_paragraphs([
        "Some marchers were not the usual faces. Retired banker Ernest Kolb walked beside the dockers. "
        "\u201cWhen I saw the call, I knew I had to be here.\u201d"])
    assert [q.speaker for q in quotes] == ["Ernest Kolb"]


def test_a_compound_like_placard_bearing_is_no_sign_cue():
    quotes = extract_from_paragraphs([
        "Organiser Anna Best praised the turnout.",
        "\u201cIt was not one kind of person,\u201d she said about the placard-bearing crowd, adding, "
        "\u201cit was everyone who believes in this\u201d."])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Anna Best")]


def test_words_on_his_own_t_shirt_after_a_chant_are_his():
    quotes = extract_from_paragraphs([
        "Chants of \u201cNo Justice, No Peace\u201d rang out, as Marcus Bell, the march\u2019s convener, led the way "
        "dressed in his own \u201cJustice for Jamal\u201d T-shirt."])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("No Justice, No Peace", "slogan", None),
                                                             ("Justice for Jamal", "slogan", "Marcus Bell")]


def test_the_latter_commented_is_the_last_person_named():
    quotes = extract_from_paragraphs([
        "The march drew ministers such as Paul Wagner, Eva Lentz and Marc Hoffmann. The latter commented he had "
        "come \u2013 on foot \u2013 \u201cto stand with the workers.\u201d"])
    assert [q.speaker for q in quotes] == ["Marc Hoffmann"]


def test_a_left_shaped_mark_between_a_space_and_a_comma_closes_the_quotation():
    quotes = extract_from_paragraphs([
        "Union leader Koffi Adjovi marched at the front.",
        "\u201cPrices rise every week and wages never move \u201c, he added."])
    assert [(q.text, q.speaker) for q in quotes] == [("Prices rise every week and wages never move", "Koffi Adjovi")]


def test_the_unclosed_second_half_of_an_unnamed_speakers_split_quote_joins_the_first():
    quotes = extract_from_paragraphs([
        "\u201cOur votes are precious to us,\u201d said another. \u201cThat is why we marched today.",
        "Clashes were also reported in the north."])
    assert [q.text for q in quotes] == ["Our votes are precious to us, That is why we marched today."]


def test_said_a_name_as_some_protesters_did_something_is_the_name():
    quotes = extract_from_paragraphs([
        "\u201cThey beat people who only came to march,\u201d said demonstrator Koffi Adjovi as some protesters "
        "burned tyres nearby."])
    assert [q.speaker for q in quotes] == ["Koffi Adjovi"]


def test_a_closing_shaped_mark_right_after_another_opens_the_next_banner():
    quotes = extract_from_paragraphs([
        "Banners seen in the crowd included, \u201dBarry, Refugees Welcome, Hate Not!\u201d\u201dBarry says yes to "
        "kindness\u201d, and \u201dLove lives here.\u201d"])
    assert [(q.text, q.kind) for q in quotes] == [("Barry, Refugees Welcome, Hate Not!", "slogan"),
                                                   ("Barry says yes to kindness", "slogan"),
                                                   ("Love lives here.", "slogan")]


def test_a_folk_songs_title_with_a_small_word_in_lower_case_is_no_chant():
    quotes = extract_from_paragraphs([
        "Many marchers carried flags, with Welsh songs playing from one truck, including Dafydd Iwan's "
        "Welsh-language folk song 'Ar Lan y Mor'."])
    assert quotes == []


def test_up_to_a_number_of_people_is_no_speakers_name():
    quotes = extract_from_paragraphs([
        "Up to 500 people rallied outside the consulate, carrying banners and chanting slogans in Faroese: "
        "\u201cF\u00f8royar\u201d (the Faroes), making it clear that the islands are \u201cNot for sale\u201d."])
    assert [q.speaker for q in quotes] == [None, None]


def test_it_was_said_is_no_bodys_attribution():
    quotes = extract_from_paragraphs([
        "Marchers gathered outside the former Greenfield School site.",
        "A minute's silence was held. It was said to be in memory of all who suffered \u2018hatred, fear "
        "and exile.\u2019"])
    assert [q.speaker for q in quotes] == [None]


def test_the_statement_after_a_body_named_by_its_noun_is_the_bodys_not_the_last_speakers():
    quotes = extract_from_paragraphs([
        "\u201cI came because they are taking our freedoms,\u201d said Ruth Ogden.",
        "The rally was arranged in part by the Free Prairie organization. A trip to their website "
        "immediately gives a mission statement.",
        "\"They have defied our courts and slashed our services,\" the statement said."])
    assert [q.speaker for q in quotes] == ["Ruth Ogden", "Free Prairie"]


def test_doctor_before_a_surname_is_a_title():
    quotes = extract_from_paragraphs([
        "The party president, Marie Labiche, thanked supporters.",
        "\u201cWe came here to say the people have had enough,\u201d Doctor Labiche said."])
    assert [q.speaker for q in quotes] == ["Marie Labiche"]


def test_heard_from_a_places_mp_then_he_said():
    quotes = extract_from_paragraphs([
        "The marchers then heard from Dundee MP Rory Baird, who made an impassioned plea against the cuts.",
        "He said: \u201cThese cuts are absolute rubbish and we will fight every one of them.\u201d"])
    assert [q.speaker for q in quotes] == ["Rory Baird"]


def test_the_first_of_two_chants_named_after_the_second_is_a_chant_too():
    quotes = extract_from_paragraphs([
        "The march was quiet, apart from sporadic \u201cHomes Not Hotels\u201d and \u201cCouncil Out\u201d chants."])
    assert [(q.text, q.kind) for q in quotes] == [("Homes Not Hotels", "slogan"), ("Council Out", "slogan")]


def test_a_short_term_after_what_it_described_as_is_no_quotation():
    quotes = extract_from_paragraphs([
        "The group has held a series of what it has described as \u201cemergency rallies\u201d across the region."])
    assert quotes == []


def test_added_the_commissioner_is_the_commissioner_of_police_named_before():
    quotes = extract_from_paragraphs([
        "The march may have broken the law, Commissioner of Police Rhona Tuck said today.",
        "Speaking at a press conference, Commissioner Tuck said, \u201cA march on a public street needs a permit.\u201d",
        "\u201cThe march caused significant disruption to the public,\u201d added the Commissioner."])
    assert [q.speaker for q in quotes] == ["Rhona Tuck", "Rhona Tuck"]


def test_a_name_then_a_role_then_its_body_stated_is_the_name():
    quotes = extract_from_paragraphs([
        "Mara Lind, Campaign Manager, The Tarkine Fund stated, \u201cToday is the start of a long campaign.\u201d"])
    assert [q.speaker for q in quotes] == ["Mara Lind"]


def test_with_a_name_doing_one_thing_and_assuring_another_is_the_name():
    quotes = extract_from_paragraphs([
        "The leaders met the premier behind closed doors, with Mr Simons later addressing crowds outside, saying "
        "they would report back \u2014 and assuring demonstrators that \u201cwe are not asking you to give up anything\u201d."])
    assert [q.speaker for q in quotes] == ["Simons"]


def test_the_group_is_not_the_legislature_where_it_protested():
    quotes = extract_from_paragraphs([
        "Crowds descended on the House of Assembly to join a demonstration by a group calling itself "
        "\u201cConcerned Citizens.\u201d",
        "The group was calling for an apology from the minister for his \u201cdeception and condescending attitude.\u201d"])
    assert [q.speaker for q in quotes] == [None]


def test_a_commanders_area_after_the_title_then_the_holders_name():
    quotes = extract_from_paragraphs([
        "In a letter, Divisional Police Commander Western, Mere Tuilau, confirmed that the march had been refused.",
        "\u201cYour request for the public procession is therefore not approved,\u201d the letter stated."])
    assert [q.speaker for q in quotes] == ["Mere Tuilau"]


def test_but_then_a_surname_opens_the_sentence_as_its_subject():
    quotes = extract_from_paragraphs([
        "The application came from lawyer and activist Tomasi Rabuka.",
        "Police commander Mere Tuilau said the refusal followed a security assessment.",
        "But Rabuka, who is president of Stand with Tomasi Advocacy and organiser of the march, hit back.",
        "\u201cWe categorically reject this justification,\u201d he said."])
    assert [q.speaker for q in quotes] == ["Tomasi Rabuka"]


@pytest.mark.parametrize("sentence, expected", [
    # an organiser's name in marks, capitalised
    ("The march, organised by \u2018Enough Already, a group of concerned residents\u2019 set off at 8pm.", []),
    # words an embassy used for the organisers, in lower case, stay its words
    ("The embassy said the march was organised by \u201canti-government elements\u201d.",
     ["anti-government elements"]),
])
def test_organised_by_a_capitalised_name_in_marks_is_no_quotation(sentence, expected):
    assert [q.text for q in extract_from_paragraphs([sentence])] == expected


def test_an_anthem_title_after_a_verb_that_can_be_speech_is_no_quotation():
    quotes = extract_from_paragraphs([
        "The group blasted Nina Simone\u2019s civil rights anthem \u2018Mississippi goddam\u2019 while organisers "
        "carried a banner reading \u2018No to this treaty\u2019."])
    assert [(q.text, q.kind) for q in quotes] == [("No to this treaty", "slogan")]


def test_a_relative_opening_repeated_word_for_word_reads_without_error():
    # The subject after "the X of which, ..." was looked up by the next chunk's text; a
    # chunk that repeated the first one matched at the start again and recursed without end.
    quotes = extract_from_paragraphs([
        "After it, the end of which, the end of which, claimed \"we are here to stay now\"."])
    assert [q.text for q in quotes] == ["we are here to stay now"]


def test_they_after_unnamed_speakers_accused_a_named_body_stays_unnamed():
    quotes = extract_from_paragraphs([
        "Union speakers accused the minister of stalling talks with the Harbour Workers Federation, which has "
        "been negotiating for a year.",
        "They demanded a new offer by Friday and called the talks \"a slow insult to every docker\".",
        "They also attacked a deal between the port and the Coastal Freight Alliance, a firm they described "
        "as \"greedy and reckless\"."])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("a slow insult to every docker", None), ("greedy and reckless", None)]


@pytest.mark.parametrize("holder", [
    "Minister of State for Primary and Secondary Schools, Aline Uwase",
    "Secretary of Labour and Social Affairs, Aline Uwase",
])
def test_an_office_with_and_in_its_portfolio_then_the_holders_name(holder):
    quotes = extract_from_paragraphs([
        f"\"Today the whole town has spoken with one voice,\" {holder} told reporters at the gate."])
    assert [q.speaker for q in quotes] == ["Aline Uwase"]


def test_paragraphs_of_quotations_then_were_some_of_the_messages_on_posters():
    quotes = extract_from_paragraphs([
        "Hymns and placards left no doubt about how the crowd felt.",
        "\"Bring our teachers home!\" \"Who will pay for this?\"",
        "\"Schools, not prisons,\" \"Our children are watching,\" \"Justice delayed? Justice denied!\"",
        "Were some of the angry messages from the hundreds of handmade posters. The march ended at noon."])
    assert [q.kind for q in quotes] == ["slogan"] * 5


def test_a_page_button_in_capitals_is_nobodys_name():
    quotes = extract_from_paragraphs([
        "Harbour Board director Mark Hale said the talks had stalled.",
        "READ NOW",
        "\u201cWe will be back at the table on Monday,\u201d he said."])
    assert [q.speaker for q in quotes] == ["Mark Hale"]


def test_a_place_after_from_then_the_persons_name_in_one_run_of_capitals():
    quotes = extract_from_paragraphs([
        "Wiradjuri woman from Dubbo Karen Miles travelled to the rally and said:",
        "\u201cOur river is dying and nobody in the city is listening to us.\u201d"])
    assert [q.speaker for q in quotes] == ["Karen Miles"]


def test_people_like_a_named_one_then_she_said_is_the_named_one():
    quotes = extract_from_paragraphs([
        "Marchers like Ilse Varga hoped the pressure would change the council's mind.",
        "\"I think the more people come out, the more they will listen,\" she said, while holding a sign that "
        "read 'Rivers are not drains'."])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Ilse Varga"), ("slogan", "Ilse Varga")]


@pytest.mark.parametrize("sentence", [
    "Counter-protesters far outnumbered those who came for the nationwide \u201cWalk 4 Our Kids.\u201d",
    "Dozens of protesters waving signs were marking the \u201cMarch 4 Our Kids\u201d on Sunday.",
])
def test_an_events_name_with_a_numeral_is_no_quotation(sentence):
    assert extract_from_paragraphs([sentence]) == []


def test_a_block_quote_whose_middle_paragraphs_carry_no_marks_is_one_quotation():
    quotes = extract_from_paragraphs([
        "A statement from the office of Harbour Master Ines Gale said:",
        "\u201cFishers have every right to protest, but the channel must stay open to the ferries.",
        "Blocking it is illegal and puts the whole island's supply of food at risk.",
        "I urge the fishers to meet the port authority and keep their action lawful.\u201d",
        "The blockade ended at dusk."])
    assert [(q.text, q.speaker) for q in quotes] == [(
        "Fishers have every right to protest, but the channel must stay open to the ferries. Blocking it is "
        "illegal and puts the whole island's supply of food at risk. I urge the fishers to meet the port "
        "authority and keep their action lawful.", "Ines Gale")]


def test_an_unclosed_quotation_then_narrative_without_a_closing_mark_stands_alone():
    quotes = extract_from_paragraphs([
        "Harbour Master Ines Gale said: \u201cThe channel must stay open to the ferries at all times.",
        "The blockade ended at dusk.",
        "Fishers said they would return on Monday."])
    assert [q.text for q in quotes] == ["The channel must stay open to the ferries at all times."]


def test_double_primes_as_marks_after_the_wires_numeral_ellipsis():
    quotes = extract_from_paragraphs([
        "DUSHANBE (AP) _ Students chanting \u2033Go home, go home 3/8\u2033 vowed Wednesday to stay.",
        "\u2033We will not leave,\u2033 said Rustam Nazarov, a student leader."])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("Go home, go home 3/8", "slogan", None), ("We will not leave,", "statement", "Rustam Nazarov")]


def test_one_word_among_a_list_of_signs_joined_by_or_is_a_sign():
    quotes = extract_from_paragraphs([
        "Parents and children walked around the courthouse holding handmade signs of all shapes and sizes \u2014 "
        "signs with the sign for female strength or \u201crivers are life\u201d or \u201crespect\u201d or "
        "\u201cwe are all water\u201d or \u201cno dams.\u201d"])
    assert [(q.text, q.kind) for q in quotes] == [
        ("rivers are life", "slogan"), ("respect", "slogan"), ("we are all water", "slogan"), ("no dams.", "slogan")]


def test_a_long_participle_clause_then_the_reporting_clause_that_ends_the_sentence():
    quotes = extract_from_paragraphs([
        "Some in the crowd forced the gate using \"iron bars and bricks,\" injuring four members of the riot "
        "police and a clerk of the district court's registry, the regional police said in a statement."])
    assert [(q.text, q.speaker) for q in quotes] == [("iron bars and bricks,", None)]


def test_a_call_out_and_answer_in_paragraphs_of_their_own_is_a_chant():
    quotes = extract_from_paragraphs([
        "Drivers honked as the crowd kept up a call-out-and-answer of:",
        "\u201cWho do we march for?\u201d",
        "\u201cThe river!\u201d"])
    assert [(q.text, q.kind) for q in quotes] == [("Who do we march for?", "slogan"), ("The river!", "slogan")]


def test_an_opening_shaped_mark_after_a_sentence_then_a_name_and_said_closes():
    quotes = extract_from_paragraphs([
        "The candidate Amina Yusuf Warsame announced another march.",
        "\u201cThe march will start on Monday in every district. We were met with tear gas and arrests this "
        "morning. \u201cAmina Yusuf Warsame said in twitter"])
    assert [(q.text, q.speaker) for q in quotes] == [(
        "The march will start on Monday in every district. We were met with tear gas and arrests this morning.",
        "Amina Yusuf Warsame")]


def test_a_popular_theme_among_the_signs_is_a_sign():
    quotes = extract_from_paragraphs([
        "\"Not in our name!\" was a popular theme among the placards carried through the square."])
    assert [(q.text, q.kind) for q in quotes] == [("Not in our name!", "slogan")]


def test_others_were_described_after_a_paragraph_naming_signs_are_signs_too():
    quotes = extract_from_paragraphs([
        "Marchers carried signs that said things like \u201cHands off our rivers\u201d and \u201cNo dams.\u201d",
        "Others were funnier, saying, \u201cI was told there would be fish.\u201d"])
    assert [q.kind for q in quotes] == ["slogan", "slogan", "slogan"]


def test_a_name_after_one_of_the_organizers_of_a_long_named_group_is_a_person():
    quotes = extract_from_paragraphs([
        "\u201cWe are doing this for our children,\u201d said one of the organizers of the Fair Food Nunavut "
        "Facebook group and website, Aputi Kilabuk.",
        "Any cut to the subsidy will hurt many families, she said, \u201cespecially elders and children.\u201d"])
    assert [q.speaker for q in quotes] == ["Aputi Kilabuk", "Aputi Kilabuk"]


def test_the_website_is_not_a_country_named_as_an_adjective_before():
    quotes = extract_from_paragraphs([
        "Crowds gathered with handmade signs for the nationwide Stand Up Day held in over 900 U.S. towns.",
        "Last summer saw the first Stand Up Day. Thousands of Oregonians attended the rallies.",
        "The official website for the day refers to stopping \u201chis attempt to turn a holiday into a "
        "coronation\u201d. The website also adds, \u201cWe will not back down against cruelty\u201d."])
    assert [q.speaker for q in quotes] == [None, None]


def test_a_long_opening_with_no_verb_in_fourteen_words_names_no_body_as_the_speaker():
    quotes = extract_from_paragraphs([
        "Speeches given on the steps drew a crowd Western Rivers Conservation Trust of Oregon board member "
        "Dana Kirby described as the \u201cbiggest gathering the county has seen\u201d."])
    assert [q.speaker for q in quotes] in ([None], ["Dana Kirby"])


def test_mrs_and_a_surname_after_a_mans_full_name_is_his_wife_not_him():
    quotes = extract_from_paragraphs([
        "Owen Pryce and his wife Mair have campaigned for a memorial for years.",
        "Mrs Pryce has asked for one in Cardiff too.",
        "Mr Pryce claimed the council thought the \u201ccause isn\u2019t worthy enough\u201d.",
        "He said: \u201cEvery other council marks the day. Nothing here.\u201d"])
    assert [q.speaker for q in quotes] == ["Owen Pryce", "Owen Pryce"]


def test_a_banner_whose_size_stands_between_it_and_which_states():
    quotes = extract_from_paragraphs([
        "Paddlers are expected on boards and canoes.",
        "They will gather around a floating banner, 20 metres by 4 metres, which simply states \u201cSave Our "
        "Reef\u201d."])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("Save Our Reef", "slogan", None)]


def test_the_message_read_out_is_from_the_name_after_its_authors_role():
    quotes = extract_from_paragraphs([
        "\"They are the future of this country,\" said Mele Tonga, a nurse.",
        "Union delegate Ana Fifita read out a message from the president of the national student council, "
        "Sione Lato.",
        "\"We must stand for truth and for the law,\" the message said."])
    assert [q.speaker for q in quotes] == ["Mele Tonga", "Sione Lato"]


def test_the_group_is_not_an_acronym_in_a_list_of_figures():
    quotes = extract_from_paragraphs([
        "Inside, the minister said GDP, wages and exports had all increased.",
        "Thousands were invited to the online event that called the protest.",
        "The Facebook group urged people to bring drums: \u201cThe drum is calling you to the square.\u201d"])
    assert [q.speaker for q in quotes] == [None]


def test_a_reporting_paper_is_not_who_chants_or_carries_the_signs():
    quotes = extract_from_paragraphs([
        "The Harbour Gazette reports protesters on Monday chanted slogans including \"Ferries, not fares,\" "
        "and held up signs such as \"Save the crossing.\""])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


def test_a_surname_that_is_also_an_adjective_is_the_person_named_before():
    quotes = extract_from_paragraphs([
        "It was a chance to meet, according to Polly White, one of the organizers.",
        "\u201cWe just want people to build community here,\u201d White said."])
    assert [q.speaker for q in quotes] == ["Polly White"]


def test_he_is_who_the_relative_clause_has_speaking_not_the_sentences_subject():
    quotes = extract_from_paragraphs([
        "\u2018We will not pay twice for the same road,\u2019 Mira Tostevin told the crowd.",
        "The rally was chaired by Deputy Alan Brehaut who introduced Jo Ogier from the traders' "
        "group, Deputy Tostevin and Deputy Neil Mahy, who urged people to come back on Friday.",
        "\u2018They will listen if the square is full,\u2019 he said."])
    assert [q.speaker for q in quotes] == ["Mira Tostevin", "Neil Mahy"]


def test_a_short_phrase_a_named_person_described_something_as_is_theirs():
    quotes = extract_from_paragraphs([
        "Councillor Ruth Ogier described the vigil as a 'ray of hope' for the island."])
    assert [(q.text, q.speaker) for q in quotes] == [("ray of hope", "Ruth Ogier")]


def test_the_head_of_a_body_named_in_one_run_with_it_is_the_person_after_it():
    quotes = extract_from_paragraphs([
        "Head of Island Fisheries Enforcement Tomas Falla said patrols would continue.",
        "\"We respect the right to protest,\" he said."])
    assert [q.speaker for q in quotes] == ["Tomas Falla"]


def test_a_name_inside_an_opening_participle_phrase_without_its_comma_is_not_who_speaks():
    quotes = extract_from_paragraphs([
        "Stung by Ruth Cable's remarks one farmer told the Island Times, \"she has never worked a field in "
        "her life.\""])
    assert [q.speaker for q in quotes] == [None]


def test_a_time_phrase_without_its_comma_does_not_hide_who_is_saying():
    quotes = extract_from_paragraphs([
        "This week singer Alma Torres urged talks between the two governments saying, \"Nobody wins a "
        "war of words.\""])
    assert [q.speaker for q in quotes] == ["Alma Torres"]


def test_a_role_after_a_name_without_its_comma_is_the_persons_not_a_name():
    quotes = extract_from_paragraphs([
        "\u201cI have never seen so many people on this road,\u201d said Rhona Finlay member of the "
        "island's elected Legislative Council."])
    assert [q.speaker for q in quotes] == ["Rhona Finlay"]


def test_a_so_called_term_after_a_chant_is_not_the_chant():
    quotes = extract_from_paragraphs([
        "A few dozen marchers chanted as they walked and carried banners against the so-called "
        "\u201cquiet streets\u201d ordinance."])
    assert quotes == []


def test_words_that_finish_the_sentence_outside_the_marks_before_the_attribution():
    quotes = extract_from_paragraphs([
        "\"This ordinance is a threat to our right\" to march, organizer Dana Whitehorse \u2014 director "
        "of the River Collective, a local advocacy group \u2014 said into a bullhorn outside city hall."])
    assert [q.speaker for q in quotes] == ["Dana Whitehorse"]


def test_one_name_with_an_age_in_its_apposition_is_a_person_who_carries_signs():
    quotes = extract_from_paragraphs([
        "Marisol, a 41-year-old bus driver, drove past the hall with two signs which read, \u201cLet us work\u201d "
        "and \u201cOpen the schools.\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Marisol"), ("slogan", "Marisol")]


def test_the_acting_title_named_with_its_body_before_is_the_person():
    quotes = extract_from_paragraphs([
        "The Acting Director of Prisons, Mr. Calvin Richardson has written to the march's organisers.",
        "\u201cYou kept every promise you made to us,\u201d said the Acting Director."])
    assert [q.speaker for q in quotes] == ["Calvin Richardson"]


@pytest.mark.parametrize("paragraph", [
    "It is part of the 7070 campaign, which means \u201c70 towns, 70 days, one voice.\u201d",
    "The number is short for \u201c70 towns, 70 days, 1 voice.\u201d",
    "She said the cliche \u201call politics are local\u201d held true on Saturday.",
])
def test_what_a_name_means_and_a_quoted_saying_are_not_quotations(paragraph):
    assert extract_from_paragraphs([paragraph]) == []


def test_a_song_named_before_and_other_songs_is_a_title():
    assert extract_from_paragraphs(["They sang \"we will walk together\" and other folk songs at the gate."]) == []


def test_a_list_of_slogans_goes_on_past_an_item_that_lost_its_marks():
    quotes = extract_from_paragraphs([
        "The march was called by union leader Ida Marsh. She charged that the minister had ignored the "
        "nurses. The first placard read: \u201cSave Ward Nine\u201d. Other slogans included: \u201cNurses stay strong. "
        "Minister Grey cannot be right\u201d; Ward Nine stays open. Minister Grey picked the wrong fight; "
        "\u201cMinister we prefer you leave quietly. Just ask Sam Ward\u201d; \u201cWe are the hospital;\u201d"])
    assert [(q.text, q.kind) for q in quotes] == [
        ("Save Ward Nine", "slogan"), ("Nurses stay strong. Minister Grey cannot be right", "slogan"),
        ("Minister we prefer you leave quietly. Just ask Sam Ward", "slogan"), ("We are the hospital;", "slogan")]


def test_a_hall_of_famer_is_a_person_described_not_a_halls_name():
    quotes = extract_from_paragraphs([
        "\"We came because the courts matter,\" said rally organiser Tom Reyes.",
        "The Island Sports Hall of Famer said they were also marching for the schools.",
        "\"If they close them, the children lose everything.\""])
    assert "Island Sports Hall" not in [q.speaker for q in quotes]


def test_a_groups_media_release_is_the_groups_and_an_apposition_does_not_speak():
    quotes = extract_from_paragraphs([
        "Lina Haddad Cruz, an organizer with Islanders for Peace and a Chamorro-Lebanese, said: "
        "\"We want a ceasefire now.\"",
        "Islanders for Peace backs an \u201cend to the bombing, end to the siege, end to arms sales,\u201d "
        "according to the group\u2019s media release."])
    assert [q.speaker for q in quotes] == ["Lina Haddad Cruz", "Islanders for Peace"]


def test_a_body_that_encourages_people_is_the_subject_not_the_people():
    quotes = extract_from_paragraphs([
        "In an online call to action, Islanders for Peace encourages marchers to use non-violent methods, "
        "and \u201cthe island value of respect.\u201d"])
    assert [q.speaker for q in quotes] == ["Islanders for Peace"]


def test_she_is_the_unnamed_spokeswoman_of_a_second_clause_not_a_man_named_after():
    quotes = extract_from_paragraphs([
        "The organisers are a group calling themselves ISLANDERS FIRST and a spokeswoman told the Gazette "
        "that the march was aimed at those who could unseat Dr. Mills.",
        "\"The premier is refusing to hear us,\" she said."])
    assert [q.speaker for q in quotes] == [None]


def test_the_main_subject_after_a_quoted_shout_and_its_own_apposition_speaks():
    quotes = extract_from_paragraphs([
        "Governor Ruth Ellery walked out to the gate.",
        "As a man in the crowd shouted out \"send her home,\" Ms Ellery, the only official outside, "
        "declared: \"Thank you all for coming.\""])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("send her home,", None), ("Thank you all for coming.", "Ruth Ellery")]


def test_a_statement_issued_by_the_movement_is_the_movement_whose_name_opens_with_it():
    quotes = extract_from_paragraphs([
        "Members of Movement Green met the Head of State on Sunday, who backed their cause.",
        "A statement issued by the movement, stated, \u201cWe will march every week until the law "
        "changes.\u201d"])
    assert [q.speaker for q in quotes] == ["Movement Green"]


def test_a_ledes_first_word_in_capitals_is_no_name():
    quotes = extract_from_paragraphs([
        "POINTING to the hundreds of marchers chanting \u201cnot for sale\u201d, lead organiser Dana Pyfrom "
        "yesterday said that the group would \u201ctake over the council\u201d next year."])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("not for sale", None), ("take over the council", "Dana Pyfrom")]


def test_a_reporting_verb_glued_to_the_next_word_still_names_the_speaker():
    quotes = extract_from_paragraphs([
        "Ruth Pinder said she came with her grandson.",
        "\"The people are tired,\" Vera Knowles, a retired nurse, toldThe Tribune."])
    assert [q.speaker for q in quotes] == ["Vera Knowles"]


def test_a_hymn_named_among_others_sung_is_a_title():
    assert extract_from_paragraphs([
        "They sang the national anthem and other patriotic hymns like \u201cThis Island is Our Island\u201d."]) == []


def test_a_name_then_to_the_place_it_went_is_the_name_alone():
    quotes = extract_from_paragraphs([
        "Senior lawyer and member of the group, Tuala Iosefa Ponifasio, confirmed to the Sunday paper that "
        "police had granted the permit.",
        "The march is set to begin from the harbour to the old court house.",
        "The approval was a result of three letters and a personal visit by Tuala to the Police Station.",
        "\u201cWe are grateful for the help of the police,\u201d she said."])
    assert [q.speaker for q in quotes] == ["Tuala Iosefa Ponifasio"]


def test_a_short_phrase_after_what_someone_described_as_their_is_a_term():
    assert extract_from_paragraphs([
        "The march was to show anger at what the party leader described as their \u201cbad transport "
        "policies.\u201d"]) == []


def test_an_adviser_named_after_the_union_is_a_person_whose_words_follow():
    quotes = extract_from_paragraphs([
        "The industrial adviser to the Harbour Workers' Union, Sione Kata, planned a march.",
        "Mr Kata said there would have been bloodshed without help from overseas.",
        "\u201cThe army would have been used. There would have been neighbour fighting neighbour.\u201d"])
    assert [q.speaker for q in quotes] == ["Sione Kata"]


def test_a_plural_portfolio_before_a_title_is_no_verb():
    quotes = extract_from_paragraphs([
        "Independent legislator and former foreign affairs minister Ruth Alexis said, \u201cWe are here to "
        "keep our region a zone of peace.\u201d"])
    assert [q.speaker for q in quotes] == ["Ruth Alexis"]


@pytest.mark.parametrize("paragraph", [
    "The band played songs including Marley\u2019s \u201cExodus,\u201d Nina Simone\u2019s \u201cFeeling Good\u201d and "
    "more.",
    "Marchers walked to the chants of the old spiritual and protest song: \u201cWade in the Water\u201d.",
    "Organized by local activists such as Rhea Lake and Omar Penn, among others, the \"Leeward Islands Uniting "
    "for Social Justice and Accountability March\" was well attended by every segment of the community, from "
    "students to senior citizens.",
])
def test_songs_and_an_events_name_are_titles(paragraph):
    assert extract_from_paragraphs([paragraph]) == []


def test_a_nickname_inside_a_name_is_no_quotation_and_a_list_names_its_speakers_after_it():
    quotes = extract_from_paragraphs([
        "Radio host Dana \u201cSparks\u201d Mills was on a loudspeaker guiding marchers with chants. \u201cFair "
        "wages,\u201d \u201cKnow your worth,\u201d and \u201cUnion Union,\u201d were some of the things marchers said."])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("Fair wages,", "slogan", None), ("Know your worth,", "slogan", None), ("Union Union,", "slogan", None)]


def test_the_words_of_a_charge_are_not_the_words_of_the_person_charged():
    quotes = extract_from_paragraphs([
        "Amongst those arrested were Rolf Baptiste, a former minister, and two other former legislators.",
        "The arrested individuals face charges for \u201cunlawfully and riotously assembling together to the "
        "disturbance of the public,\u201d under the Riot Act."])
    assert [q.speaker for q in quotes] == [None]


def test_a_short_phrase_after_what_many_of_them_described_as_is_a_term():
    assert extract_from_paragraphs([
        "Thousands marched against what many of the participants described as \u201cwicked practices\u201d "
        "by the government."]) == []


def test_a_place_before_who_demanded_is_not_who_speaks():
    quotes = extract_from_paragraphs([
        "Four demonstrators stood among thousands of people in the village of Santa Cruz, who demanded "
        "cleaner air. Minister Ruth Kock received a petition from their spokesman. \u201cThank you, I will "
        "read it.\u201d"])
    assert "Santa Cruz" not in [q.speaker for q in quotes]


def test_a_transcripts_speaker_line_with_a_dash_names_who_speaks_next():
    quotes = extract_from_paragraphs([
        "Thousands walked to the stadium for a rally after the march.",
        "Honourable Petra Wills - Deputy Leader",
        "\u201cWe want our schools back and the time to fix them is now.\u201d",
        "Omar Kestrel \u2013 Organiser\n\u201cEverybody is welcome here, whoever they voted for, because the "
        "cost of living hurts us all.\u201d"])
    assert [q.speaker for q in quotes] == ["Petra Wills", "Omar Kestrel"]


def test_a_term_inside_the_attribution_does_not_part_a_split_quotation():
    quotes = extract_from_paragraphs([
        "\u201cWe have counted more than two hundred events since Monday,\u201d said Ana Ruiz, a founder of "
        "Open Doors, one of the groups behind the \u201cweek of action\u201d to reporters. \u201cAnd people "
        "keep signing up.\u201d"])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We have counted more than two hundred events since Monday, And people keep signing up.", "Ana Ruiz")]


def test_a_malay_honorific_is_a_title_not_a_first_name():
    quotes = extract_from_paragraphs([
        "Magistrate Hj Rahim Salleh said the group had no permit.",
        "\u201cThe court may consider a higher fine next time,\u201d said Hj Rahim."])
    assert [q.speaker for q in quotes] == ["Rahim Salleh"]


def test_what_a_report_found_is_its_authors_words_not_the_earlier_subjects():
    quotes = extract_from_paragraphs([
        "The agency has criticised the policy, while a report of the Inspectorate of Prisons found that "
        "detainees were exposed to \u2018cruel and degrading treatment\u2019."])
    assert [(q.text, q.speaker) for q in quotes] == [("cruel and degrading treatment", "Inspectorate of Prisons")]


def test_unnamed_detainees_somewhere_told_someone_still_splits_one_quotation():
    quotes = extract_from_paragraphs([
        "\u201cWe have only one demand,\u201d detainees at the centre told the Prison Reform Trust, "
        "\u201cRelease and Justice.\u201d"])
    assert [(q.text, q.speaker) for q in quotes] == [("We have only one demand, Release and Justice.", None)]


def test_a_statement_called_out_and_echoed_by_protesters_is_a_slogan():
    quotes = extract_from_paragraphs([
        "\"No to the pay rise\" was a statement called out and echoed by protesters outside the "
        "assembly building."])
    assert [(q.text, q.kind) for q in quotes] == [("No to the pay rise", "slogan")]


def test_a_shout_that_follows_the_crowds_chant_in_its_sentence_is_theirs():
    quotes = extract_from_paragraphs([
        "\u201cWe speak for this town,\u201d was the rallying call, repeated by the crowd, followed by a "
        "loud shout of, \u201cENOUGH!\u201d"])
    assert [(q.text, q.kind) for q in quotes] == [("We speak for this town,", "slogan"), ("ENOUGH!", "slogan")]


def test_the_name_of_an_offence_is_no_quotation():
    assert extract_from_paragraphs([
        "Police say they have released all 40 marchers, most of them charged with \"unlawful assembly\"."]) == []


def test_a_fragment_with_its_comma_outside_the_marks_opens_a_split_quotation():
    quotes = extract_from_paragraphs([
        "The marchers should have been \u201cmore careful about the route\u201d, said Hj Rahim, who heard "
        "the case. \u201cNext time the fine will be higher,\u201d he added."])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("more careful about the route Next time the fine will be higher,", "Rahim")]


def test_a_fragment_added_to_another_by_adding_that_is_one_quotation():
    quotes = extract_from_paragraphs([
        "A witness told reporters that \"the doors were locked and nobody could leave\", adding that "
        "\"the smell of gas was still there this morning\"."])
    assert [q.text for q in quotes] == [
        "the doors were locked and nobody could leave the smell of gas was still there this morning"]


def test_a_crowds_cry_after_according_to_that_lost_its_closing_mark_is_a_slogan():
    quotes = extract_from_paragraphs([
        "According to the Island Gazette, marchers had shouted out: \u201cGive us our vote back..it\u2019s time "
        "for the governor to leave",
        "The territory has been under direct rule since 2009."])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("Give us our vote back..it\u2019s time for the governor to leave", "slogan", None)]


def test_a_chant_glossed_in_brackets_keeps_the_list_going():
    quotes = extract_from_paragraphs([
        "Thousands walked down the main street chanting \u2018\u0121ustizzja\u2019 (justice) and \u2018barra\u2019 "
        "(out) in a march organised by activists to demand answers."])
    assert [(q.text, q.kind) for q in quotes] == [("\u0121ustizzja", "slogan"), ("barra", "slogan")]


def test_a_sign_of_something_is_no_placard():
    assert extract_from_paragraphs([
        "The chairman warned that doing nothing would be a clear sign of \u201cweakness\u201d."]) == []


def test_read_part_of_the_statement_credits_whoever_issued_it():
    quotes = extract_from_paragraphs([
        "The Tenants Union issued a statement at the rally calling for a rent freeze.",
        "\u201cThe power lies with the people who pay the rent,\u201d read part of the statement."])
    assert [q.speaker for q in quotes] == ["Tenants Union"]


def test_a_name_joined_by_and_after_a_quotation_owns_its_participle():
    quotes = extract_from_paragraphs([
        "Despite Attorney General Rhea Doyle\u2019s statements that the stoppages are \u201cillegal,\u201d and "
        "state Schools Superintendent Omar Petit earlier calling them \u201cnot lawful,\u201d thousands came."])
    assert [(q.text, q.speaker) for q in quotes] == [("not lawful,", "Omar Petit")]


def test_the_end_of_a_sentence_left_outside_the_marks_before_said_name():
    quotes = extract_from_paragraphs([
        "\u201cWe are worried about what is going on,\u201d in Ottawa said Petra Lind, who came from Hull."])
    assert [q.speaker for q in quotes] == ["Petra Lind"]


def test_signs_carried_by_those_a_comment_prompted_are_theirs_not_the_commenters():
    quotes = extract_from_paragraphs([
        "\u201cWe have 300 vacancies right now,\u201d union president Dale Rowe said.",
        "Rowe\u2019s comment prompted some teachers to carry signs saying \u201c300 and counting.\u201d"])
    assert [(q.text, q.speaker) for q in quotes][-1] == ("300 and counting.", None)


def test_a_clause_the_quotation_runs_into_does_not_hide_the_pronoun_that_says_it():
    quotes = extract_from_paragraphs([
        "Organizer Gina Roe said the march was not about hate.",
        "\u201cThe hateful march happened on Jan. 6,\u201d when a mob of supporters stormed the State Capitol, she said."])
    assert [q.speaker for q in quotes] == ["Gina Roe"]


def test_a_chant_then_a_list_of_more_chants_stays_a_list():
    quotes = extract_from_paragraphs([
        "\u201cHands off our parks,\u201d the crowd chanted. \u201cWe are one!\u201d and \u201cSave our trails!\u201d"])
    assert [(q.text, q.kind) for q in quotes] == [
        ("Hands off our parks,", "slogan"), ("We are one!", "slogan"), ("Save our trails!", "slogan")]


def test_a_town_named_for_a_saint_is_nobody_she_could_mean():
    quotes = extract_from_paragraphs([
        "People rallied on the steps.\u201dPeople\u2019s rights are being trampled on,\u201d said Mike Ruiz, of "
        "St. Charles. Others, like Tara Bell of Ames, say the protests were about policy. \u201cI\u2019m part of "
        "a research study, and it lost some of its funding,\u201d she said."])
    assert [q.text for q in quotes][0] == "People\u2019s rights are being trampled on,"
    assert "St. Charles" not in [q.speaker for q in quotes]


def test_as_she_held_a_sign_in_a_long_sentence_credits_the_one_she_means():
    quotes = extract_from_paragraphs([
        "C.J. Moss, 22, and Ada Moss, 21, a married couple from Ankeny, were there for this march, as they have "
        "been for other causes in the last year, Ada said, as she held a sign saying \"MELT ICE, immigrants make "
        "America great.\""])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Ada Moss")]


def test_a_sign_carried_last_among_other_things_is_the_carriers():
    quotes = extract_from_paragraphs([
        "Lara Pike of Ohio Stands With Ukraine carried a blue-and-yellow umbrella, the colors of the flag, and "
        "a sign that said, \u201cThe Only Peace Russia Wants Is a Piece of Ukraine.\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Lara Pike")]


def test_what_a_thing_is_meant_to_symbolise_is_a_term():
    quotes = extract_from_paragraphs([
        "Former councillor Bethan Rees said the long banner - meant to symbolise a \"red line\" - was to show "
        "\"how the people here are angry at the current situation\"."])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("how the people here are angry at the current situation", "Bethan Rees")]


def test_letters_after_a_name_for_a_seat_are_not_part_of_it():
    quotes = extract_from_paragraphs([
        "\u201cIt is unacceptable that we have been put in this position,\u201d said Meg Rowe MLC."])
    assert [q.speaker for q in quotes] == ["Meg Rowe"]


@pytest.mark.parametrize("verb", ["took aim at", "hit out at", "lashed out at"])
def test_criticism_said_in_a_phrase_credits_its_subject(verb):
    quotes = extract_from_paragraphs([
        "Meg Rowe spoke first.",
        f"She {verb} the premier over his \u201cutter incompetence in negotiating a deal\u201d with the league.",
        "The league has not changed its terms.",
        "\u201cAny contract can be renegotiated,\u201d she said."])
    assert [q.speaker for q in quotes] == ["Meg Rowe", "Meg Rowe"]


@pytest.mark.parametrize("clause", [
    "with union leader Meg Rowe taking aim at",   # a participle after "with": its own subject
    "Meg Rowe hitting out at",                    # an absolute clause: the name before the participle
])
def test_criticism_said_in_a_phrase_is_a_participle_too(clause):
    quotes = extract_from_paragraphs([
        f"Hundreds of nurses marched on parliament on Friday, {clause} the premier over his "
        "\u201cutter incompetence in negotiating a deal.\u201d"])
    assert [q.speaker for q in quotes] == ["Meg Rowe"]


def test_a_quotation_followed_by_to_and_a_verb_is_the_subjects():
    # "to Georgetown and vowed": a phrase and the subject's second verb, not who spoke
    quotes = extract_from_paragraphs([
        "Union leader Dana Whitfield opened the rally outside the ministry.",
        "She called the strike \u201ca warning shot\u201d to Westminster and promised more walkouts in March."])
    assert [(q.text, q.speaker, q.org) for q in quotes] == [("a warning shot", "Dana Whitfield", None)]


def test_a_highway_patrol_is_a_body_that_he_does_not_mean():
    quotes = extract_from_paragraphs([
        "\u201cWe came because nobody else would,\u201d said Tomas Berg, a retired welder.",
        "Idaho State Patrol estimated the crowd at 900. For Berg, the numbers were the point.",
        "\u201cThey count heads, so we bring heads,\u201d he said."])
    assert [q.speaker for q in quotes] == ["Tomas Berg", "Tomas Berg"]


@pytest.mark.parametrize("subject", ["He", "The mayoral hopeful"])
def test_a_short_fragment_after_a_said_with_a_pronoun_or_description_is_kept(subject):
    # 'in a "rolling emergency"': a term after an article, unless someone is said to have said it
    quotes = extract_from_paragraphs([
        "Reporters later put questions to the party's mayoral hopeful, Lionel Achterberg.",
        f"{subject} said the city was in a \u201crolling emergency\u201d and would not recover soon."])
    assert [(q.text, q.speaker) for q in quotes] == [("rolling emergency", "Lionel Achterberg")]


def test_a_capitalised_office_adjective_is_not_a_name():
    quotes = extract_from_paragraphs([
        "A few hundred people waited in the rain for the debate to end.",
        "The Presidential hopeful said the vote had been \u201cstolen in plain sight by the commission.\u201d"])
    assert [q.speaker for q in quotes] == [None]


@pytest.mark.parametrize("office, org", [
    ("Co-Chair of the PNLA", "PNLA"),
    ("Vice-President of the union", None),
    ("General Secretary of the Guyana Teachers Union", "Guyana Teachers Union"),
])
def test_an_office_of_a_body_before_a_name_without_a_comma(office, org):
    quotes = extract_from_paragraphs([
        f"{office} Mirela Osei told the gathering \u201cthis is only the first of many marches.\u201d"])
    assert [(q.speaker, q.org) for q in quotes] == [("Mirela Osei", org)]


def test_she_after_an_office_of_a_body_and_a_name_is_that_name():
    quotes = extract_from_paragraphs([
        "Co-Chair of the PNLA Mirela Osei told the gathering \u201cthis is only the first of many marches.\u201d "
        "She promised that \u201cnext month the whole coast will be here.\u201d"])
    assert [q.speaker for q in quotes] == ["Mirela Osei", "Mirela Osei"]


def test_an_office_of_a_body_before_a_common_first_name_leaves_the_body_as_her_org():
    # (find_names splits the run at a first name it knows; the office is not part of the body)
    quotes = extract_from_paragraphs([
        "Co-Chair of the PNLA Maria Osei told the gathering \u201cthis is only the first of many marches.\u201d"])
    assert [(q.speaker, q.org) for q in quotes] == [("Maria Osei", "PNLA")]


def test_leader_of_the_opposition_mid_sentence_is_a_title():
    quotes = extract_from_paragraphs([
        "The crowd cheered as Leader of the Opposition Dwight Ramkissoon told reporters "
        "\u201cthe count was rigged from the start.\u201d"])
    assert [q.speaker for q in quotes] == ["Dwight Ramkissoon"]


def test_a_costume_and_a_friend_are_not_who_he_means():
    # "dressed as Captain America" names a costume (its title read apart); "his friend, X" is
    # the one he came with, not the subject; a first name that "who" follows is a person
    quotes = extract_from_paragraphs([
        "Darnell, who asked that his surname not be printed, came dressed as Uncle Sam with his friend, "
        "Luis Ortega, who was dressed as Captain Planet.",
        "\u201cYou cannot hide a march this colourful,\u201d he said.",
        "He carried a sign that read \u201cPlanet over profit.\u201d"])
    assert [(q.speaker, q.kind) for q in quotes] == [("Darnell", "statement"), ("Darnell", "slogan")]


def test_a_statement_issued_that_gives_its_words_is_the_issuers():
    quotes = extract_from_paragraphs([
        "The Green Party of Manitoba issued a statement on Sunday evening that the march "
        "\u201cshowed how many people want a real plan for the river.\u201d"])
    assert [q.speaker for q in quotes] == ["Green Party of Manitoba"]


def test_a_head_of_an_office_then_a_comma_is_a_title_before_the_name():
    quotes = extract_from_paragraphs([
        "No permit (for any march) was asked for this weekend,\u201d Deputy Head of Operations (DHO), "
        "Ama Lenz said."])
    assert [q.speaker for q in quotes] == ["Ama Lenz"]


def test_a_list_of_signs_ends_before_a_name_that_praises_something():
    quotes = extract_from_paragraphs([
        "Standing before placards reading \"Housing is a right\" and \"Rent strike now,\" Councillor "
        "Dana Obi thanked the tenants for their patience."])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("Housing is a right", "slogan", None), ("Rent strike now,", "slogan", None)]


def test_a_name_that_describes_a_noun_after_it_issued_no_website_text():
    # "the Project 2040 plan": the name describes a plan; nothing here says whose website it is
    quotes = extract_from_paragraphs([
        "Marchers said they opposed the Project 2040 plan and the mayor's budget.",
        "Their events are listed on a shared calendar online.",
        "\u201cWe are a network of neighbours, not a party,\u201d according to the website."])
    assert [q.speaker for q in quotes] == [None]


def test_a_number_after_a_bodys_one_word_name_is_part_of_it():
    # (as "ILWU Local 13" and "SEIU 1199" were)
    quotes = extract_from_paragraphs([
        "Project 2040 organised the picket outside the depot.",
        "\u201cEvery shift is short-staffed,\u201d it said in a statement."])
    assert [q.speaker for q in quotes] == ["Project 2040"]


def test_a_short_quotation_called_a_phrase_someone_coined_is_a_term_unless_chanted():
    assert extract_from_paragraphs([
        "Organisers said they hoped to make \u201cgood noise,\u201d a phrase coined by a local poet."]) == []
    quotes = extract_from_paragraphs([
        "Students chanted \u201cbooks not bars,\u201d a phrase popularized by an earlier campaign."])
    assert [(q.text, q.kind) for q in quotes] == [("books not bars,", "slogan")]


def test_said_name_in_his_letter_to_someone_ends_the_name_before_the_letter():
    quotes = extract_from_paragraphs([
        "\"The permit rules are being invented as we go,\" said Harbour Porters Union General Secretary "
        "Tumelo Rakhetla in his letter to the minister on Monday."])
    assert [(q.speaker, q.org) for q in quotes] == [("Tumelo Rakhetla", "Harbour Porters Union")]


def test_letting_them_know_is_telling_them():
    quotes = extract_from_paragraphs([
        "Organiser Dana Whitfield then addressed the marchers, letting them know the police were there "
        "to make sure they could \u201cwalk the whole route without being stopped.\u201d"])
    assert [q.speaker for q in quotes] == ["Dana Whitfield"]


def test_it_continues_after_a_signs_words_is_more_of_the_sign():
    quotes = extract_from_paragraphs([
        "The chalk writing on the steps reads: \u201cFix the roads before the roads fix you.",
        "It continues: \u201cPotholes are not a tourist attraction.\u201d"])
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


def test_they_chanted_such_as_is_a_chant_whoever_they_are():
    quotes = extract_from_paragraphs([
        "Members of the Sunrise Movement then led the crowd along Congress Street. They chanted different "
        "cheers as they marched, such as \u201cNo more coal\u201d and \u201cOur air, our future\u201d."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


def test_waving_a_flag_as_he_said_is_his_statement_not_the_flags():
    quotes = extract_from_paragraphs([
        "Dale Porter waved a county flag as he said he was at the depot to "
        "\u201cremind the board who pays their wages.\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Dale Porter")]


def test_a_regional_branch_is_the_group_and_keeps_its_turn_past_a_paragraph_about_it():
    quotes = extract_from_paragraphs([
        "Unite South East said it hoped the strike would spread.",
        "The group announced: \u201cPickets will be at every depot from six in the morning.\u201d",
        "The group wants drivers from all companies to take part.",
        "\u201cNo one should have to work a double shift to pay rent.\u201d"])
    assert [q.speaker for q in quotes] == ["Unite South East", "Unite South East"]


def test_is_how_a_name_of_the_organisers_body_described_it():
    quotes = extract_from_paragraphs([
        "\u201cA festival of stubbornness,\u201d is how Niamh Coyle of the organisers Fair Fares Cork "
        "described the mood at the rally."])
    assert [(q.speaker, q.org) for q in quotes] == [("Niamh Coyle", "Fair Fares Cork")]


def test_he_after_a_paragraph_that_opens_on_his_possession():
    quotes = extract_from_paragraphs([
        "Councillor Tomas Reyes asked the students to lower their banners.",
        "They did not.",
        "Reyes\u2019s voice, carried by the hall\u2019s microphones, was the only sound.",
        "\u201cPut them away, please,\u201d he said again."])
    assert [q.speaker for q in quotes] == ["Tomas Reyes"]


def test_words_after_a_song_is_named_are_sung():
    quotes = extract_from_paragraphs([
        "About a hundred people stood on the steps singing a nursery rhyme.",
        "After the first line, the song turned political.",
        "\u201cWhere, oh where, have the ferries gone?",
        "\u201cNobody knows and nobody is paying.\u201d"])
    assert [q.kind for q in quotes] == ["slogan"]


def test_newly_elected_is_no_name_and_a_booming_voice_is_an_attribution():
    quotes = extract_from_paragraphs([
        "Newly elected Bozeman Mayor Terry Cunningham spoke from the courthouse steps.",
        "\u201cWe will not be divided!\u201d Cunningham boomed to the crowd."])
    assert [q.speaker for q in quotes] == ["Terry Cunningham"]


def test_a_possessive_ends_a_bodys_name_joined_by_and():
    quotes = extract_from_paragraphs([
        "On the statehouse steps, the Party for Bread and Freedom\u2019s Rosa Delgado talked about rent.",
        "\u201cNobody should spend half their pay on a roof.\u201d"])
    assert [q.speaker for q in quotes] == ["Rosa Delgado"]


def test_a_name_an_age_and_a_description_before_shouted():
    quotes = extract_from_paragraphs([
        "\"We will not wait four more years!\" Dana Whitfield, 24, a nursing student, shouted through a "
        "megaphone from the steps."])
    assert [q.speaker for q in quotes] == ["Dana Whitfield"]


def test_a_title_with_elect_is_dropped_so_she_is_not_him():
    quotes = extract_from_paragraphs([
        "Hundreds rallied on Saturday to protest President-elect Thomas R. Bayne.",
        "Rosa Calder, of Warwick, thought her marching days were over. She and her wife married in 1979.",
        "But after Bayne was elected, she said, she felt she had no choice. \"Now everybody has to do it,\" "
        "she said."])
    assert [q.speaker for q in quotes] == ["Rosa Calder"]


def test_an_order_set_off_by_dashes_is_the_one_who_ordered_it():
    quotes = extract_from_paragraphs([
        "\"We are not leaving until you vote,\" Amara Okafor, of Parma, added.",
        "When the vote was put off, the group began chanting \"Vote now!\" for ten minutes. Council President "
        "Dale Brenner calmly ordered Deputy Clerk Ruth Avery to keep reading the agenda \u2014 \"Keep going, please, Ruth\" "
        "\u2014 until the chamber emptied."])
    assert [(q.speaker, q.kind) for q in quotes] == [
        ("Amara Okafor", "statement"), (None, "slogan"), ("Dale Brenner", "statement")]


@pytest.mark.parametrize("paragraph", [
    # a movement's name after "the", in sentence case, even in a sentence of saying
    "Council member Ray Dunn said he had doubts about the \u201cNot in our name\u201d movement from the start.",
    # a song performed, named by its title
    "When the marchers reached the courthouse, the \"Black National Anthem\" was sung by a choir.",
])
def test_a_name_after_the_is_no_ones_words(paragraph):
    assert extract_from_paragraphs([paragraph]) == []


def test_what_some_are_calling_the_protest_is_its_name():
    assert extract_from_paragraphs([
        "It is part of a protest across the country that some are calling the \"1 Million March for Parents,\" "
        "focused on what schools teach."]) == []


def test_a_body_whose_name_opens_with_a_cause_and_is_one_name():
    # "Peace" names no body: "Peace and Justice ... League of Tacoma" is one, and she is its member
    quotes = extract_from_paragraphs([
        "Speaker Maren Holt of the Peace and Justice Action League of Tacoma said the turnout moved her.",
        "\u201cYou make me hopeful,\u201d she said. \u201cTogether we can blunt the worst of it.\u201d"])
    assert [(q.speaker, q.org) for q in quotes] == [("Maren Holt", "Peace and Justice Action League of Tacoma")]


def test_one_who_said_and_then_chanted_is_a_person_a_she_may_mean():
    quotes = extract_from_paragraphs([
        "\u201cWe called his name and they answered,\u201d Odalys said, who led chants outside the jail. "
        "\u201cIt has gone on too long.\u201d",
        "Her voice gave out by evening.",
        "\u201cI am afraid,\u201d she said. \u201cBut I am not going home.\u201d"])
    assert [q.speaker for q in quotes] == ["Odalys", "Odalys"]


def test_a_word_cried_again_and_again_by_one_man_is_his_cry_not_a_title():
    quotes = extract_from_paragraphs([
        "A driver slowed, and a man in the back seat rolled down his window and shouted "
        "\u201cCowards, Cowards, Cowards\u201d at the marchers who lined the road."])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("Cowards, Cowards, Cowards", "statement", None)]


def test_a_chant_led_by_a_member_of_a_body_named_for_its_people_is_hers():
    # "Tenants" names the body here, not the crowd: she led it
    quotes = extract_from_paragraphs([
        "Dana Flores of the Eastside Tenants Union led the crowd in chanting, \u201cFix the heat, fix it now!\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Dana Flores")]


def test_people_for_a_cause_is_one_bodys_name():
    quotes = extract_from_paragraphs([
        "Ruth Kell of Concerned Neighbors for Peace said the vigil was \u201ca sad day for the whole town.\u201d"])
    assert [(q.speaker, q.org) for q in quotes] == [("Ruth Kell", "Concerned Neighbors for Peace")]


def test_a_known_groups_chapter_is_one_name_not_a_place_who_spoke():
    # "Black Lives Matter Tulsa": the chapter; "Tulsa" alone is never who declared it
    quotes = extract_from_paragraphs([
        "\u201cLook at all of you!\u201d declared Renee Okoye of Black Lives Matter Tulsa. "
        "\u201cThis is what a peaceful crowd looks like.\u201d"])
    assert [(q.speaker, q.org) for q in quotes] == [("Renee Okoye", "Black Lives Matter Tulsa")]


def test_a_name_an_age_and_a_long_description_before_said_to_the_crowd():
    quotes = extract_from_paragraphs([
        "\u201cWe are one family today!\u201d Tomas Ruiz Vega, 31, a Meriden resident and the main speaker at "
        "the Saturday rally in Hartford, said to the crowd."])
    assert [q.speaker for q in quotes] == ["Tomas Ruiz Vega"]


def test_a_call_echoed_by_the_crowd_is_a_chant():
    quotes = extract_from_paragraphs([
        "Youth organizer Dee Malone opened the rally. \u201cHousing is a right!\u201d she called out, echoed by "
        "the crowd."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Dee Malone")]


def test_what_a_chanting_crowd_added_is_more_of_its_chant():
    quotes = extract_from_paragraphs([
        "Marchers then turned to the governor, chanting \u201cShame on you, you let them starve.\u201d",
        "\u201cWe vote in November,\u201d they added."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


def test_a_crowds_shout_split_around_its_cue_is_one_chant():
    quotes = extract_from_paragraphs([
        "\"Whose city? Our city!\" Marchers yelled. \"Whose streets? Our streets!\""])
    assert [(q.text, q.kind) for q in quotes] == [("Whose city? Our city! Whose streets? Our streets!", "slogan")]


def test_words_on_a_mask_are_its_wearers_slogan():
    quotes = extract_from_paragraphs([
        "Councilor Ana Brito addressed the rally first.",
        "Brito then led the march wearing a \u201cEvery Vote Counts\u201d mask her niece had sewn."])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("Every Vote Counts", "slogan", "Ana Brito")]


def test_the_words_of_suggestions_from_someone_are_theirs_not_the_one_who_answered():
    quotes = extract_from_paragraphs([
        "Mayor Dan Oakes answered sharply the suggestions from Councilor Rhea Lund and others that the town should "
        "\"stay out of the immigration fight entirely.\""])
    assert [q.speaker for q in quotes] == ["Rhea Lund"]


def test_signs_held_by_the_people_someone_stood_with_are_theirs():
    quotes = extract_from_paragraphs([
        "Marisol Vega was among the first to arrive. She stood with high school students holding signs that "
        "read \"Books Not Bars\" and \"We Are Watching\"."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


def test_what_marchers_called_out_is_a_crowds_cry():
    quotes = extract_from_paragraphs(["\"Justice for Malik,\" the marchers called out as they passed the precinct."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_participle_of_place_opens_the_sentence_before_the_sign_carrier():
    quotes = extract_from_paragraphs([
        "Facing Church Street, Ellis Grant, a retired mail carrier from Hollis, held a small sign that "
        "said: \"I should have spoken up sooner.\""])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Ellis Grant")]


def test_someone_in_a_video_from_a_paper_speaks_not_the_paper():
    quotes = extract_from_paragraphs([
        "\"We came to build a wall of our own,\" said one of the marchers in a widely shared video from the "
        "Springfield Courier."])
    assert [q.speaker for q in quotes] == [None]


def test_a_name_then_who_said_without_its_comma_is_who_said_it():
    quotes = extract_from_paragraphs([
        "Several groups joined the call to action, quoting Frederick Douglass who wrote, \"Power concedes "
        "nothing without a demand.\""])
    assert [q.speaker for q in quotes] == ["Frederick Douglass"]


def test_a_surname_then_of_a_place_is_the_person_named_before():
    quotes = extract_from_paragraphs([
        "Dana Whitcombe, 27, said she came to stand with the families.",
        "\u201cThe whole system has to be rebuilt from the ground up,\u201d said Whitcombe of Lincoln."])
    assert [q.speaker for q in quotes] == ["Dana Whitcombe"]


def test_a_place_that_echoed_with_chants_is_no_chanter():
    quotes = extract_from_paragraphs([
        "Downtown Lincoln echoed with chants of \u201cHomes not handcuffs!\u201d as hundreds walked to the Capitol."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_name_of_a_town_then_a_long_description_then_told():
    quotes = extract_from_paragraphs([
        "\u201cNobody in this square is going anywhere tonight,\u201d said Rosa Delgado, a nurse.",
        "\u201cThey can lock the doors, but we will be back on Monday,\u201d Carl Bremer of Fort Dodge, a "
        "retired machinist and one of the founders of the tenants\u2019 union, told the crowd."])
    assert [q.speaker for q in quotes] == ["Rosa Delgado", "Carl Bremer"]


def test_a_chant_a_named_person_urged_the_crowd_to_shout_is_theirs_and_a_slogan():
    quotes = extract_from_paragraphs([
        "Council member Ruth Okafor took the microphone first.",
        "\u201cHousing is a right!\u201d Okafor urged the crowd to chant."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Ruth Okafor")]


@pytest.mark.parametrize("paragraph", [
    "Council member Ruth Okafor spoke from the steps, to jeers of \u201cRecall her now!\u201d",
    "Council member Ruth Okafor spoke from the steps, drawing loud chants of \u201cRecall her now!\u201d",
    "Council member Ruth Okafor spoke from the steps amid shouts of \u201cRecall her now!\u201d"])
def test_cries_someone_met_are_not_theirs(paragraph):
    quotes = extract_from_paragraphs([paragraph])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_quoted_name_before_exception_is_a_name_even_near_signs():
    quotes = extract_from_paragraphs([
        "Tom Reyes said he liked the signs that applied the \u201cNo Tolls\u201d exception to bicycles."])
    assert quotes == []


def test_a_hey_hey_how_many_chant_on_its_own_after_a_chant_is_a_slogan():
    quotes = extract_from_paragraphs([
        "4:10pm - Marchers chanted \"enough\" outside the ministry on Lambton Quay.",
        "\"Hey, hey, minister, how many homes have you sold today? Hey, hey, minister, how many more "
        "will you sell today?\""])
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


def test_a_one_word_title_after_its_authors_name_is_a_work_even_among_signs():
    quotes = extract_from_paragraphs([
        "The crowd waited with banners and flags while the speakers played Lorde's 'Royals' and "
        "Bob Marley's 'Get Up, Stand Up'."])
    assert quotes == []


def test_a_participle_after_a_crowd_reacting_to_a_named_speaker_is_the_speakers():
    quotes = extract_from_paragraphs([
        "Organiser Leila Haddad spoke from the fountain.",
        "The crowd cheered as Haddad described the council's vote, adding: \u201cThey counted on us going home.\u201d"])
    assert [q.speaker for q in quotes] == ["Leila Haddad"]


def test_a_call_answered_by_the_crowd_is_a_chant_led_by_the_caller():
    quotes = extract_from_paragraphs([
        "\u201cHealth care is a human right,\u201d called nurse Ines Marchetti, answered by hundreds of "
        "marchers on the hospital steps."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Ines Marchetti")]


def test_a_song_called_by_its_title_is_a_title_even_when_someone_leads_it():
    quotes = extract_from_paragraphs([
        "A retired teacher, Nora Bell, led the marchers in a song called \u201cWe Are Still Standing,\u201d "
        "which she wrote for the strike."])
    assert quotes == []


def test_the_statement_is_its_issuers_after_a_sentence_about_the_release():
    quotes = extract_from_paragraphs([
        "On Monday, County Executive Marta Ilves's office issued a statement saying she had met the "
        "tenants twice. The release also said the talks would go on.",
        "\"We hear the residents of Birch Court and we share their concern,\" the statement reads."])
    assert [q.speaker for q in quotes] == ["Marta Ilves"]


def test_a_person_described_by_a_capitalised_institution_is_still_a_person():
    quotes = extract_from_paragraphs([
        "At the start, Tamsin Hale, a University of Idaho junior, told the crowd why she came.",
        "\u201cWe are not asking for a favor,\u201d she said."])
    assert [q.speaker for q in quotes] == ["Tamsin Hale"]


def test_what_a_name_stands_for_is_no_quotation():
    quotes = extract_from_paragraphs([
        "Tenants from six buildings joined the march. The name R4R stands for \"renters for renters, not for landlords.\""])
    assert quotes == []


@pytest.mark.parametrize("paragraph", [
    "His banner asked Governor Abbott to \u201cstop caging children at the border.\u201d",
    "He told Governor Abbott: \u201cYou will answer for every child in those camps.\u201d",
])
def test_he_or_she_is_never_the_person_named_later_in_the_same_sentence(paragraph):
    # Abbott is the subject before, so "he" would otherwise find him; the teacher is only
    # an apposition, which "he" does not reach, so nobody is credited: a gap, not a misquote
    quotes = extract_from_paragraphs([
        "Governor Greg Abbott drew jeers from a retired teacher, Carl Moss, in the front row.", paragraph])
    assert [q.speaker for q in quotes] == [None]


def test_a_surname_that_is_also_a_title_is_the_person_once_the_article_named_them():
    quotes = extract_from_paragraphs([
        "\u201cWe came to be counted,\u201d said Lorna Dean, who runs the food bank on Elm Street.",
        "\u201cThe shelves were empty by noon,\u201d said Ray Ortiz, a volunteer.",
        "Dean said into the microphone, \u201cNobody in this county should choose between rent and dinner.\u201d"])
    assert [q.speaker for q in quotes] == ["Lorna Dean", "Ray Ortiz", "Lorna Dean"]


def test_a_chant_call_quoted_alone_is_a_slogan_led_by_whoever_called_it():
    quotes = extract_from_paragraphs([
        "Organizer Tomas Reyes stood on a milk crate.",
        "Reyes yelled into a bullhorn, \u201cWhat do we want?\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Tomas Reyes")]


def test_a_body_whose_name_ends_in_advocates_keeps_its_whole_name():
    quotes = extract_from_paragraphs([
        "\u201cWe will keep coming back,\u201d said Ada Price, director of the Ohio Tenant Justice Advocates."])
    assert [(q.speaker, q.org) for q in quotes] == [("Ada Price", "Ohio Tenant Justice Advocates")]


def test_a_lower_case_office_of_a_body_then_its_holder_names_the_holder():
    quotes = extract_from_paragraphs([
        "\u201cWe are not going anywhere,\u201d treasurer of the Riverside Tenants Association Helen Ostrowski said.",
        "\u201cWe will be at every meeting until the vote,\u201d she said."])
    assert [(q.speaker, q.org) for q in quotes] == [("Helen Ostrowski", "Riverside Tenants Association")] * 2


def test_they_after_an_unnamed_spokesperson_is_the_spokesperson_not_their_group():
    quotes = extract_from_paragraphs([
        "Outside the courthouse, a representative of Climate Defiance Network said the charges were political.",
        "\u201cThey want us to be afraid of a fine,\u201d they said. \u201cWe are more afraid of the floods.\u201d"])
    assert [q.speaker for q in quotes] == [None]


def test_as_and_a_role_before_the_verb_is_no_clause_of_its_own():
    quotes = extract_from_paragraphs([
        "Hemi Walker, who served two terms as a regional councillor, said the river plan was "
        "\u201ctoo little, far too late\u201d for the towns downstream."])
    assert [q.speaker for q in quotes] == ["Hemi Walker"]


def test_he_after_an_unnamed_office_holder_is_the_office_holder_not_the_one_he_acts_for():
    quotes = extract_from_paragraphs([
        "Marchers then walked to the Union Buildings. The Deputy Minister of Labour received the petition "
        "on behalf of Labour Minister Thomas Ndlovu. He thanked the marchers and shared a message.",
        "\u201cYour demands will be read, and you will get an answer within a month.\u201d"])
    assert [q.speaker for q in quotes] == [None]


def test_a_documents_relative_clause_quotes_the_document_not_who_received_it():
    quotes = extract_from_paragraphs([
        "Depot manager Carl Brandt accepted the workers' petition, which also demanded a second shift "
        "because \u201cone bus an hour is not a service\u201d."])
    assert [q.speaker for q in quotes] == [None]


def test_a_one_word_name_described_as_a_person_is_whom_he_means():
    quotes = extract_from_paragraphs([
        "\u201cWe are tired of waiting,\u201d said Thandi Mokoena, a nurse.",
        "Sipho, a plumber said he closed his shop for the day. He said the council had stopped listening.",
        "\u201cEvery winter the pipes burst and every winter they promise,\u201d he said."])
    assert [q.speaker for q in quotes] == ["Thandi Mokoena", "Sipho"]


def test_a_hyphenated_surname_is_the_same_person_named_with_a_space():
    quotes = extract_from_paragraphs([
        "\u201cWe are not done,\u201d said county clerk Marisol Vega Ortiz.",
        "\u201cThe vote is on Tuesday,\u201d said Vega-Ortiz.",
        "The crowd cheered as she stepped down from the truck bed.",
        "\u201cBring your neighbors.\u201d"])
    assert [q.speaker for q in quotes] == ["Marisol Vega Ortiz"] * 3


def test_she_is_the_subject_of_a_relative_clause_not_a_speaker_two_paragraphs_back():
    quotes = extract_from_paragraphs([
        "\u201cI almost stayed home,\u201d said Dana Whitfield, a retired nurse.",
        "The rally came a day after the arrest of a local pastor and his son, something Priya Raman "
        "said she could not stop thinking about.",
        "\u201cIt could have been any of us,\u201d she said."])
    assert [q.speaker for q in quotes] == ["Dana Whitfield", "Priya Raman"]


def test_a_laws_title_with_its_sentences_full_stop_inside_is_no_quotation():
    quotes = extract_from_paragraphs([
        "Many signs took aim at Congress and the governor\u2019s \u201cSafe Streets Act.\u201d"])
    assert quotes == []


def test_a_man_described_by_apposition_to_a_name_is_no_unnamed_man():
    quotes = extract_from_paragraphs([
        "Curtis Bell marched with his church group on Saturday.",
        "Bell said staying quiet was no longer an option.",
        "\u201cWe buried him and then we came here,\u201d he said, speaking of his cousin Andre, a young man "
        "from the east side who died in custody last spring."])
    assert [q.speaker for q in quotes] == ["Curtis Bell"]


def test_as_someone_put_it_then_a_participle_of_saying_is_theirs():
    quotes = extract_from_paragraphs([
        "\u201cWe will be back every week,\u201d said organizer Lena Ruiz. As nurse Tomas Okafor put it, "
        "looking back on the day, saying, \u201cThey cannot ignore a full street.\u201d"])
    assert [q.speaker for q in quotes] == ["Lena Ruiz", "Tomas Okafor"]


def test_a_bodys_initials_and_a_role_before_the_name_after_a_question():
    quotes = extract_from_paragraphs([
        "\u201cHow many more times do we have to march?\u201d TWU steward Dana Ellis, 44, said to the crowd."])
    assert [(q.speaker, q.org) for q in quotes] == [("Dana Ellis", "TWU")]


def test_chantings_is_a_chant_word_too():
    quotes = extract_from_paragraphs([
        "A choir from the Shankill stood on the far side of the square, chantings \u201cHomes Not Hate\u201d "
        "and \u201cRefugees Welcome Here\u201d as the speeches went on."])
    assert [(q.kind, q.text) for q in quotes] == [("slogan", "Homes Not Hate"), ("slogan", "Refugees Welcome Here")]


def test_signs_listed_one_to_a_paragraph_are_all_signs():
    quotes = extract_from_paragraphs([
        "The hand-lettered placards along the fence told the story.",
        "\u201cRent is not a luxury.\u201d",
        "\u201cTenants deserve heat in January.\u201d",
        "\u201cWe pay, you fix.\u201d"])
    assert [q.kind for q in quotes] == ["slogan"] * 3


def test_a_paper_that_reports_is_the_source_of_its_words():
    quotes = extract_from_paragraphs([
        "The Harbour Gazette reported Saturday, \u201cMore than 900 residents signed the petition in a week.\u201d"])
    assert [q.speaker for q in quotes] == ["Harbour Gazette"]


def test_adding_something_to_a_list_is_no_speech():
    quotes = extract_from_paragraphs([
        "The council also added three organizers to its \u201cpersons of interest\u201d register."])
    assert quotes == []


def test_a_speech_verb_in_a_where_clause_has_that_clauses_subject():
    quotes = extract_from_paragraphs([
        "Marchers ended at Victoria Park, where union secretary Aroha Wiremu told them the fight was "
        "\u201conly halfway done\u201d."])
    assert [q.speaker for q in quotes] == ["Aroha Wiremu"]


def test_what_a_crowd_was_saying_is_not_the_words_of_who_reports_it():
    quotes = extract_from_paragraphs([
        "Ray Okoro said his daughter asked him why the marchers were saying \u201cno more stolen land.\u201d"])
    assert [q.speaker for q in quotes] == [None]


def test_what_a_crowd_was_shouting_is_its_cry_not_the_words_of_who_reports_it():
    quotes = extract_from_paragraphs([
        "Ray Okoro said his daughter asked him why the marchers were shouting \u201cno more stolen land.\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


@pytest.mark.parametrize("attribution", [
    "The Coastal Ledger reported Imani Roberts said",
    "The Coastal Ledger reports Imani Roberts says",
])
def test_a_speaker_a_paper_reports_is_whose_words_they_are(attribution):
    quotes = extract_from_paragraphs([
        f"{attribution} \u201cthe ferry workers will strike again if the contract is not signed.\u201d"])
    assert [q.speaker for q in quotes] == ["Imani Roberts"]


@pytest.mark.parametrize("introduction", [
    "Union member Ines Carvalho stood by the gate.",
    "Organiser of the vigil Ines Carvalho feels the same.",
])
def test_a_role_in_plain_nouns_before_a_name_makes_her_who_she_means(introduction):
    quotes = extract_from_paragraphs([
        "\u201cThe river belongs to everyone,\u201d said marcher Lena Ortiz.",
        introduction,
        "\u201cWe have asked the council for a hearing three times,\u201d she said."])
    assert [q.speaker for q in quotes] == ["Lena Ortiz", "Ines Carvalho"]


def test_the_message_someone_sends_is_their_words():
    quotes = extract_from_paragraphs([
        "Priya Natarajan travelled four hours to stand at the gate.",
        "She wanted to send the message that \u201cnobody here is forgotten.\u201d"])
    assert [q.speaker for q in quotes] == ["Priya Natarajan"]


def test_a_possessive_before_demands_makes_it_a_noun_not_a_verb():
    quotes = extract_from_paragraphs([
        "On the event page called \u201cMarcha por el Valle,\u201d the organizer gave a long list of their demands."])
    assert quotes == []


def test_to_underline_words_is_to_say_them():
    quotes = extract_from_paragraphs([
        "Councillor Ruth Abara took the microphone to underline \u201chow long tenants have waited.\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Ruth Abara")]


def test_a_phrase_a_sign_plays_on_is_not_more_of_the_sign():
    quotes = extract_from_paragraphs([
        "\u201cRent-a-cop-alypse!\u201d one placard read, a play on the name of the security firm and the "
        "phrase \u201cthe end of the world.\u201d"])
    assert [q.text for q in quotes] == ["Rent-a-cop-alypse!"]


def test_what_a_chanting_crowd_then_demands_in_quoted_words_is_chanted():
    quotes = extract_from_paragraphs([
        "Marchers chanted \u201cwhose streets? our streets!\u201d along the route. They also demanded that the "
        "chief resign, \u201cCole must go,\u201d and \u201cno more raids.\u201d"])
    assert [q.kind for q in quotes] == ["slogan"] * 3


def test_a_long_chant_a_colon_introduces_on_its_own_paragraph_is_a_slogan():
    quotes = extract_from_paragraphs([
        "The marchers, who police put at about 900, carried one message through the streets, chanted and "
        "painted on bedsheets:",
        "\u201cFund our clinics. Fund our libraries. Fund our buses. Fund our parks. Fund our pools. Fund our "
        "future.\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_song_named_among_others_is_a_title_not_a_chant():
    quotes = extract_from_paragraphs([
        "The band played a set of protest songs, including one titled \u201cNobody Owns The River.\u201d"])
    assert quotes == []


def test_said_then_a_clause_to_its_verb_names_no_speaker_after_a_term():
    quotes = extract_from_paragraphs([
        "Ada Obi, a founder of the \u201cnight walkers,\u201d said the reason they walk after dark is "
        "\u201cto be seen by the landlords and their agents.\u201d"])
    assert [(q.text, q.speaker) for q in quotes] == [("to be seen by the landlords and their agents.", "Ada Obi")]


def test_an_event_named_after_an_ordinal_is_a_name():
    quotes = extract_from_paragraphs([
        "Organizers urged everyone to come back for the third \u201cWeek of Action with Tenants\u201d in March."])
    assert quotes == []


def test_a_one_word_name_after_a_woman_named_is_a_person_who_speaks_on():
    quotes = extract_from_paragraphs([
        "Wearing a union scarf like a cape, a woman named Bex with the tenants' union handed out whistles.",
        "Bex said that the march was only the start.",
        "\u201cWe will be back every Sunday until the rents come down.\u201d"])
    assert [q.speaker for q in quotes] == ["Bex"]


def test_a_paragraph_of_words_after_one_about_a_single_person_is_theirs():
    quotes = extract_from_paragraphs([
        "Dana Whitfield is with Riverside Tenants United and has organized three rent strikes.",
        "\u201cEvery one of these buildings has a story, and most of them are about mould.\u201d"])
    assert [q.speaker for q in quotes] == ["Dana Whitfield"]


def test_a_paragraph_of_shouted_capitals_alone_is_a_slogan():
    quotes = extract_from_paragraphs([
        "Thousands filled the square on Sunday afternoon.",
        "\u201cCUTS HURT, FUND SCHOOLS! CUTS HURT, FUND SCHOOLS!\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_paragraph_of_words_after_one_about_someone_acting_names_no_speaker():
    # (an actor in the story is not introduced as a source: no speaker rather than the wrong one)
    quotes = extract_from_paragraphs([
        "Police chief Omar Haddad ordered the square closed at dusk.",
        "\u201cWe have prepared for a long sit-in, and we will not get tired.\u201d"])
    assert [q.speaker for q in quotes] == [None]


@pytest.mark.parametrize("paragraphs", [
    ["Marchers unrolled a long green banner at the gates.", "\u201cThe river is not for sale,\u201d it read."],
    ["Marchers unrolled a long green banner at the gates. \u201cThe river is not for sale,\u201d it read."],
])
def test_what_it_read_after_a_sign_is_the_signs(paragraphs):
    quotes = extract_from_paragraphs(paragraphs)
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_words_called_out_that_the_crowd_echoes_are_a_chant_led_by_who_called_them():
    quotes = extract_from_paragraphs([
        "Organizer Nia Brooks then called on the council to \u201copen the books now\u201d and the crowd "
        "repeated her words."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Nia Brooks")]


def test_a_quoted_name_as_the_subject_of_a_speech_verb_is_the_source_not_the_last_speaker():
    quotes = extract_from_paragraphs([
        "\u201cWe will hold the line,\u201d Gary Fenwick said.",
        "\u201cFriends Of The Old Mill,\u201d warned that \u201cthe Hillside Developers and the Planning Board\u201d would be at the "
        "hearing."])
    assert [q.speaker for q in quotes] == ["Gary Fenwick", "Friends Of The Old Mill"]


def test_words_a_defaced_monument_was_left_with_are_slogans_not_the_reporting_papers():
    quotes = extract_from_paragraphs([
        "Vandals defaced the statue overnight with red arrows pointing at the words \u201cstolen land\u201d and "
        "\u201cno more lies,\u201d according to the Valley Courier."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


def test_a_phrase_the_crowd_shouted_is_a_slogan_not_a_term():
    quotes = extract_from_paragraphs([
        "The phrase \u201cnot one tree\u201d came back again and again, as marchers and speakers alike shouted it "
        "at the bulldozers."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_an_opening_contrary_to_phrase_is_no_speakers_name():
    quotes = extract_from_paragraphs([
        "Contrary to earlier reports, Inspector Rhian Pryce said that, \u201cThere were no arrests at any point today.\u201d"])
    assert [q.speaker for q in quotes] == ["Rhian Pryce"]


def test_an_event_billed_as_a_name_by_a_group_called_something_is_no_quotation():
    quotes = extract_from_paragraphs([
        "The gathering was billed as a \u201ccommunity wellbeing picnic\u201d organised by a group called Open Doors."])
    assert quotes == []


def test_a_bracketed_aside_between_a_name_and_its_verb_keeps_the_name():
    quotes = extract_from_paragraphs([
        "They linked arms, a gesture that Tomasz Nowak (a steward with the Riverside Tenants) described as "
        "\u201ca promise to each other\u201d."])
    assert [q.speaker for q in quotes] == ["Tomasz Nowak"]


@pytest.mark.parametrize("agency", ["Sapa", "Reuters", "AFP"])
def test_a_news_agencys_sign_off_after_the_last_quotation_is_not_its_speaker(agency):
    quotes = extract_from_paragraphs([
        "\u201cThe march will go ahead on Saturday,\u201d said Thandeka Mkhize, a spokesperson for the residents.",
        "Mkhize added that the route had been agreed with police.",
        f"\u201cWe only want to be heard. Nobody needs to fear us.\u201d \u2014 {agency}"])
    assert [q.speaker for q in quotes] == ["Thandeka Mkhize", "Thandeka Mkhize"]


def test_a_name_with_a_role_and_a_second_description_before_told_is_the_speaker():
    quotes = extract_from_paragraphs([
        "\u201cThis bridge was built to join two cities, not to split families,\u201d Lucia Ortega, co-director of the "
        "Frontera Workers Center in the south of the city, one of the three organizers of the Sunday vigil, told the "
        "crowd from a flatbed truck."])
    assert [q.speaker for q in quotes] == ["Lucia Ortega"]


def test_the_call_of_a_call_and_response_chant_is_a_slogan():
    quotes = extract_from_paragraphs([
        "\u201cWhen tenants are under attack, what do we do?\u201d asked one of the organizers.",
        "The crowd answered: \u201cStand up, fight back!\u201d"])
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


def test_chants_that_varied_from_one_to_another_are_the_chants_just_named():
    quotes = extract_from_paragraphs([
        "Other chants included \u201cwhose water? our water!\u201d and \u201cno pipes on our land.\u201d They varied "
        "from \u201cShut the valve down,\u201d to \u201cWe are the river.\u201d"])
    assert [q.kind for q in quotes] == ["slogan"] * 4


def test_a_straight_mark_nested_in_curly_quotes_opens_an_inner_quotation():
    # (a copy slip: the inner opening mark is straight, with a space after it)
    quotes = extract_from_paragraphs([
        "\u201cWe timed it to the \" Homes First!\u201d day of action on purpose,\u201d organizer Dara Quinn "
        "said. \u201cThis city is not for sale.\u201d"])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We timed it to the \" Homes First!\u201d day of action on purpose, This city is not for sale.", "Dara Quinn")]


def test_a_quotation_in_other_marks_right_after_a_signs_words_is_speech_again():
    quotes = extract_from_paragraphs([
        "\u201cThey cut the buses first,\u201d said Rosa Delgado of Eastfield. Delgado held a sign that said "
        "'Grandma Rides The Bus.' \u201cNow I walk two miles to the clinic.\u201d"])
    assert [(q.kind, q.speaker) for q in quotes][1:] == [("slogan", "Rosa Delgado"), ("statement", "Rosa Delgado")]


def test_a_relative_clause_between_two_chants_of_a_list_keeps_the_list():
    quotes = extract_from_paragraphs([
        "Other chants included \u201cWe want to live,\u201d which the girl had written on her cast, and "
        "\u201cSafe streets now.\u201d"])
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


def test_a_landmark_named_in_quotes_before_memorial_is_a_name():
    quotes = extract_from_paragraphs([
        "Supporters held up signs. Beating drums, the marchers set off from the \u201cStanding Miner\u201d memorial "
        "outside the county library."])
    assert quotes == []


def test_a_crowd_that_shouts_after_a_clause_of_its_own_is_the_crowd_not_the_last_speaker():
    quotes = extract_from_paragraphs([
        "\u201cWe came because nobody else would,\u201d said Imogen Pike.",
        "The crowd moved on to the bridge. As they crossed they shouted phrases like, \u201cOpen the gates,\u201d "
        "and \u201cHomes not jails.\u201d"])
    assert [(q.kind, q.speaker) for q in quotes][1:] == [("slogan", None), ("slogan", None)]


def test_a_name_before_a_plural_event_noun_opening_a_paragraph_is_a_name():
    quotes = extract_from_paragraphs([
        "\u201cNo Cuts\u201d demonstrations are organized by a number of groups who describe themselves as "
        "pro-school."])
    assert quotes == []


def test_words_written_beside_a_picture_are_a_signs_words_not_the_pictured_persons():
    quotes = extract_from_paragraphs([
        "Bedsheets hung from the fence with phrases such as \u201cno more evictions,\u201d \u201crent is theft,\u201d "
        "and \u201cwelcome home\u201d written under a cartoon of the late Mayor Frank Delacroix."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)] * 3


def test_words_written_in_a_statement_are_not_a_sign():
    quotes = extract_from_paragraphs([
        "\u201cWe will be back every week,\u201d written in a statement from the tenants\u2019 union, drew applause."])
    assert [q.kind for q in quotes] == ["statement"]


def test_signs_that_answer_a_speakers_words_are_not_hers():
    quotes = extract_from_paragraphs([
        "Marisol Ybarra, a nurse from the east side, spoke last. She lost her job in March.",
        "\u201cWe kept this city running and now they want us gone,\u201d said Ybarra. Her speech was greeted with "
        "loud applause and the waving of placards like \u201cNurses not bombs.\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Marisol Ybarra"), ("slogan", None)]


def test_more_of_a_chant_list_named_as_other_things_such_as_keeps_the_list():
    quotes = extract_from_paragraphs([
        "The youth caucus handed out whistles and led most of the chanting. The chants ranged from "
        "\u201crent is too high\u201d and lots of other things like \u201cwhose homes? our homes.\u201d"])
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


def test_an_event_name_with_a_subtitle_and_a_lowercase_is_before_rally_is_a_name():
    quotes = extract_from_paragraphs([
        "Put on by the Eastside Tenants Union, the \u201cHome is Here: Standing Together Through Winter\u201d "
        "vigil drew about 80 people to the square."])
    assert quotes == []


def test_a_cry_before_a_speech_verb_is_no_quoted_name():
    quotes = extract_from_paragraphs(['"Shame!" chanted "We will stay,"'])
    assert [(q.text, q.speaker) for q in quotes] == [("We will stay,", None)]


def test_a_colon_paragraph_whose_last_clause_names_the_speaker_after_torn_signs_introduces_her():
    quotes = extract_from_paragraphs([
        "Guards pulled down the banners, and Governor Ruth Okafor, watching from the steps, said:",
        "\u201cLeave them be. They have every right to be here, and so do their banners.\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Ruth Okafor")]


def test_sheets_of_paper_held_up_saying_something_are_signs():
    quotes = extract_from_paragraphs([
        "Two nurses held up sheets of paper saying: \u201cSafe staffing saves lives,\u201d as the minister "
        "walked past."])
    assert [q.kind for q in quotes] == ["slogan"]


def test_a_name_after_a_subordinate_clause_with_no_comma_is_who_speaks():
    quotes = extract_from_paragraphs([
        "The students, led by Ms. Clara Nwosu, waited by the doors for the minister, who had come to open a library.",
        "As soon as he showed up Clara shouted, \u201cFund our schools first\u201d and \u201cWe are still waiting.\u201d"])
    assert [q.speaker for q in quotes] == ["Clara Nwosu", "Clara Nwosu"]


def test_a_trade_before_a_first_name_alone_describes_the_person_named_before():
    quotes = extract_from_paragraphs([
        "Gazette photographer Marta Lindqvist followed the march to the bridge.",
        "Photographer Marta said the bridge was \u201cpacked from end to end\u201d by four o\u2019clock."])
    assert [q.speaker for q in quotes] == ["Marta Lindqvist"]


def test_quoted_words_before_an_article_and_a_placard_are_not_the_placards():
    quotes = extract_from_paragraphs([
        "Two men on the corner \u201ctook down\u201d a banner of the governor and put up another one of him in a cage."])
    assert quotes == []


def test_the_announcement_that_unnamed_organizers_posted_is_not_the_agency_they_protest():
    quotes = extract_from_paragraphs([
        "Marchers then walked through downtown to protest Immigration and Customs Enforcement.",
        "On Monday, organizers posted a notice about the march on a neighbourhood forum. \u201cThe city will hear "
        "us this time!\u201d read the announcement."])
    assert [(q.text, q.speaker) for q in quotes] == [("The city will hear us this time!", None)]


def test_an_offence_someone_was_arrested_for_is_no_quotation():
    quotes = extract_from_paragraphs([
        "Deputies arrested two students for \u201ccriminal trespass,\u201d a sheriff\u2019s spokesman said."])
    assert quotes == []


def test_a_name_after_a_question_asked_in_an_opening_phrase_is_who_asked_it():
    quotes = extract_from_paragraphs([
        "Riverside resident Tomas Lindgren called the march on Friday.",
        "After asking the crowd \u201cWho is ready to walk?\u201d Lindgren led them down Harbor Street."])
    assert [q.speaker for q in quotes] == ["Tomas Lindgren"]


def test_a_throng_heard_shouting_is_a_crowd_chanting():
    quotes = extract_from_paragraphs([
        "By dusk the throng outside the depot could be heard shouting \u201cbuses not bonuses\u201d and "
        "\u201cfund the routes.\u201d"])
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


@pytest.mark.parametrize("attribution, speaker", [
    ("said co-organizer of Hands Together march, Priya Raman.", "Priya Raman"),
    ("said Westfield Fire Department chief, Dolores Abara.", "Dolores Abara"),
    ("said volunteer and owner of Maple Street Books, Ines Carvalho.", "Ines Carvalho"),
])
def test_a_role_of_a_named_body_then_a_comma_then_who_holds_it(attribution, speaker):
    quotes = extract_from_paragraphs([f"\u201cWe will be back next Saturday, and the one after,\u201d {attribution}"])
    assert [q.speaker for q in quotes] == [speaker]


def test_a_man_identified_as_a_quoted_nickname_is_named_by_it():
    quotes = extract_from_paragraphs([
        "\u201cI came to show there is more love than hate out here,\u201d said a man identified as \u2018Sparrow\u2019."])
    assert [q.speaker for q in quotes] == ["Sparrow"]


def test_a_spokesperson_for_a_named_chief_is_not_the_chief():
    quotes = extract_from_paragraphs([
        "A spokesperson for the city's transit director, Harold Mbeki, said on Monday that the agency was "
        "watching the strike \u201cwith real concern.\u201d"])
    assert [q.speaker for q in quotes] == [None]


def test_a_lawyer_for_a_family_named_in_apposition_is_the_lawyer():
    quotes = extract_from_paragraphs([
        "A lawyer for the family, Ruth Achterberg, said on Monday that the city was \u201cdragging its feet.\u201d"])
    assert [q.speaker for q in quotes] == ["Ruth Achterberg"]


def test_a_body_suggesting_something_in_quotes_after_banners_is_the_bodys_statement():
    quotes = extract_from_paragraphs([
        "Hundreds marched behind banners reading \u2018Homes Not Hotels\u2019. Critics, however, called the march "
        "a stunt, with the Trades Council suggesting it was \u2018being steered by a property developer\u2019."])
    assert [(q.kind, q.speaker) for q in quotes][-1] == ("statement", "Trades Council")


def test_it_after_two_office_holders_issue_a_warning_is_not_an_office_in_their_appositions():
    quotes = extract_from_paragraphs([
        "Before the march, Councillor Amira Haddad, Chair of the Council, and Councillor Tom Bexley, Portfolio "
        "Holder for Transport, issued a warning to drivers.",
        "It said: \u201cRoads around the square will close at noon, and buses will be diverted all afternoon.\u201d"])
    assert [q.speaker for q in quotes] == [None]


def test_words_a_band_member_mentioned_after_songs_are_a_statement():
    quotes = extract_from_paragraphs([
        "Between speeches a brass band played songs of the old strikes. \u201cThis crowd is the best we have had\u201d "
        "mentioned a trumpet player who marched with them last year."])
    assert [q.kind for q in quotes] == ["statement"]


def test_a_body_confirming_something_in_quotes_is_the_bodys_statement():
    quotes = extract_from_paragraphs([
        "Drivers walked out at dawn, with the Harbour Transit Workers Union confirming the stoppage would last "
        "\u201cas long as it takes.\u201d"])
    assert [q.speaker for q in quotes] == ["Harbour Transit Workers Union"]


def test_the_papers_interviewees_not_the_paper_speak_in_the_paragraphs_after():
    quotes = extract_from_paragraphs([
        "The Eastside Courier spoke to two nurses who were at the picket line on Friday.",
        "\u201cWe were there from six in the morning, and nobody from management came out once.",
        "\u201cBy noon the whole street was with us.\u201d"])
    assert [q.speaker for q in quotes] == [None]


def test_a_description_put_before_a_pronoun_does_not_hide_who_the_pronoun_means():
    quotes = extract_from_paragraphs([
        "Lorna Beckwith waited at the back of the hall with a folded flag under her arm.",
        "A retired nurse, she worked nights for thirty years on the same ward.",
        "\u201cI never asked anyone their politics before I helped them,\u201d she said."])
    assert [q.speaker for q in quotes] == ["Lorna Beckwith"]


def test_a_pronouns_aside_after_an_unnamed_one_is_not_the_subject():
    quotes = extract_from_paragraphs([
        "Drivers honked all morning, Lorna Beckwith says. One driver, she remembers, leaned out and shouted, "
        "\u201cGet a job, the lot of you,\u201d before speeding off."])
    assert [q.speaker for q in quotes] == [None]


def test_a_name_in_the_news_a_she_read_out_is_not_who_reads_next():
    quotes = extract_from_paragraphs([
        "Carvalho took a breath and looked down at her phone. She read out the news that councillor Mariana "
        "Duarte had been attacked outside her home that morning.",
        "\u201cWe will not be frightened off our own streets,\u201d she read."])
    # (her gender unknown from a surname alone: nobody, rather than the councillor in the news)
    assert [q.speaker for q in quotes] == [None]


def test_an_unnamed_pair_is_no_one_she_can_mean():
    quotes = extract_from_paragraphs([
        "Ines Carvalho took the microphone as the crowd settled.",
        "Carvalho looked up from her phone. A neighbour and her daughter had been threatened on the same street.",
        "\u201cWe will not be frightened off our own streets,\u201d she said."])
    assert [q.speaker for q in quotes] == ["Ines Carvalho"]


def test_she_began_after_the_words_is_the_speakers_cue():
    quotes = extract_from_paragraphs([
        "Ines Carvalho took the microphone as the crowd settled.",
        "\u201cFriends, thank you for coming out in the rain,\u201d she began."])
    assert [q.speaker for q in quotes] == ["Ines Carvalho"]


def test_and_then_she_still_means_the_one_named_two_paragraphs_before():
    quotes = extract_from_paragraphs([
        "So Carvalho, a member of the Harbour Tenants Union, waited until the microphone was fixed.",
        "And then she read the statement a second time.",
        "\u201cWe will not be frightened off our own streets,\u201d she said."])
    assert [q.speaker for q in quotes] == ["Carvalho"]


def test_what_a_name_stands_for_is_not_a_quotation():
    quotes = extract_from_paragraphs([
        "The 1212 campaign stands for \u201ctwelve cities, twelve marches, one demand.\u201d"])
    assert quotes == []


def test_a_dateline_is_no_body_the_group_can_mean():
    quotes = extract_from_paragraphs([
        "HARTWELL, NE \u2014 Hundreds of people marched through Hartwell on Sunday against the closing of the "
        "county clinic.",
        "\u201cThis is the biggest crowd this town has seen in twenty years,\u201d the group said."])
    assert [q.speaker for q in quotes] == [None]


def test_a_body_named_as_the_organizers_is_the_group_even_as_an_assembly():
    quotes = extract_from_paragraphs([
        "About 900 people marched, according to organizers the Riverside Tenants Assembly.",
        "\u201cThis is the biggest crowd this town has seen in twenty years,\u201d the group said."])
    assert [q.speaker for q in quotes] == ["Riverside Tenants Assembly"]


def test_a_long_opening_clause_does_not_hide_the_subject_after_it():
    quotes = extract_from_paragraphs([
        "As a police helicopter circled low over the harbour and two rows of officers stood behind the metal "
        "barriers that kept the marchers away from the steps of the county courthouse, Pastor Ruth Adeyemi of "
        "Grace Chapel addressed the crowd: \u201cWe came for answers, and we will stay until we get them.\u201d"])
    assert [(q.speaker, q.org) for q in quotes] == [("Ruth Adeyemi", "Grace Chapel")]


def test_a_crowd_echoing_a_chant_is_chanting_its_response():
    quotes = extract_from_paragraphs([
        "Marchers filled the avenue from curb to curb.",
        "\u201cBreonna Taylor,\u201d they chanted. \u201cSay her name.\u201d",
        "\u201cSandra Bland,\u201d they echoed. \u201cSay her name.\u201d"])
    assert [(q.kind, q.text) for q in quotes] == [("slogan", "Breonna Taylor, Say her name."),
                                                   ("slogan", "Sandra Bland, Say her name.")]


def test_a_perfect_participle_opening_is_no_ones_name():
    quotes = extract_from_paragraphs([
        "Having walked from the harbour to the cathedral, dozens of nurses gathered on the green where they "
        "sang an old hymn with new words \u2014 ending in a line saying \u201cfund the wards again.\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_a_body_which_describes_itself_without_a_comma_is_the_source():
    quotes = extract_from_paragraphs([
        "Counter-protesters turned out against Heritage First which describes itself as \u201ca movement to protect "
        "the county's traditions and way of life\u201d."])
    assert [q.speaker for q in quotes] == ["Heritage First"]


def test_a_quoted_name_before_its_people_is_no_banners_words():
    quotes = extract_from_paragraphs([
        "About 700 people marched under the \u201cCity of Sanctuary\u201d banner while \u201cCoast Patriots "
        "Walk\u201d attendees numbered about 40."])
    assert quotes == []


def test_a_person_called_by_a_first_name_is_named():
    quotes = extract_from_paragraphs([
        "One marcher called Ayodele, 34, who gave only her first name, said the new rules were "
        "\u201cwritten to keep us at home.\u201d"])
    assert [q.speaker for q in quotes] == ["Ayodele"]


def test_a_groups_quoted_name_inside_the_attribution_does_not_hide_the_speaker():
    quotes = extract_from_paragraphs([
        "\u201cWe stand here every year and we always will,\u201d said \u2018Harbour Watch Volunteers\u2019 "
        "chairman Graham Ellery before the wreath was laid."])
    assert [(q.speaker, q.org) for q in quotes] == [("Graham Ellery", "Harbour Watch Volunteers")]


def test_a_mans_reply_to_a_chant_is_his_statement():
    quotes = extract_from_paragraphs([
        "The counter-protest chanted \u201cNo borders, no nations\u201d. A man across the square replied to "
        "the chant: \u201cYou lot have never done a day's work.\u201d"])
    assert [q.kind for q in quotes] == ["slogan", "statement"]


def test_phrases_like_a_list_that_were_chanted_are_all_chants():
    quotes = extract_from_paragraphs([
        "Phrases like \u201cNo ban, no wall\u201d and \u201cWe are all Ellis Island\u201d were chanted as the "
        "marchers crossed the bridge."])
    assert [q.kind for q in quotes] == ["slogan", "slogan"]


def test_words_a_screen_was_set_to_display_are_a_slogan():
    quotes = extract_from_paragraphs([
        "The electronic board above the station entrance was changed to display the words \u201cRefugees welcome "
        "here\u201d for the afternoon."])
    assert [q.kind for q in quotes] == ["slogan"]


def test_a_post_on_a_groups_website_is_the_groups():
    quotes = extract_from_paragraphs([
        "The Coastal Heritage Alliance held its own rally across town.",
        "A post on the Coastal Heritage Alliance website on Friday said: \u201cMembers will gather peacefully "
        "and lay flowers at the memorial.\u201d"])
    assert [q.speaker for q in quotes] == ["Coastal Heritage Alliance"]


def test_a_credit_after_a_dash_with_the_papers_edition_is_the_paper():
    quotes = extract_from_paragraphs([
        "Why was the mural painted over? \u201cThe council had received complaints about it for years.\u201d "
        "\u2013 The Herald (NZ)"])
    assert [q.speaker for q in quotes] == ["Herald"]


def test_downing_street_speaks_for_the_government():
    quotes = extract_from_paragraphs([
        "Downing Street said the blockade was \u201cnot the way to win an argument\u201d and urged the drivers "
        "to go home."])
    assert [q.speaker for q in quotes] == ["Downing Street"]


def test_words_before_sign_after_a_hand_written_are_the_signs():
    quotes = extract_from_paragraphs([
        "The crowd's favourite was a girl of about eight carrying a hand written \u2018Homework not warfare\u2019 "
        "sign, which she soon turned into a chant."])
    assert [q.kind for q in quotes] == ["slogan"]


def test_what_people_stood_for_in_quotes_is_a_statement():
    quotes = extract_from_paragraphs([
        "Councillor Dana Whitlock condemned the vandalism and said those responsible stood for \u2018nothing "
        "but cowardice\u2019."])
    assert [(q.text, q.speaker) for q in quotes] == [("nothing but cowardice", "Dana Whitlock")]


def test_a_role_served_as_in_a_relative_clause_does_not_end_the_subject():
    quotes = extract_from_paragraphs([
        "Mayor Ruth Kaminski, who previously served as Police Commissioner for the county, condemned the attack "
        "and said it was \u201can assault on everyone who lives here.\u201d"])
    assert [q.speaker for q in quotes] == ["Ruth Kaminski"]


def test_he_is_not_the_party_a_speaker_is_of():
    quotes = extract_from_paragraphs([
        "The march ended at the harbour wall.",
        "Among the speakers was Dr Emrys Pugh of Cymru Ymlaen. Turning to the crowd, he said: \u201cThis town has "
        "always looked after its neighbours.\u201d"])
    assert [q.speaker for q in quotes] == ["Emrys Pugh"]


def test_the_group_is_not_the_shop_a_rally_was_outside():
    quotes = extract_from_paragraphs([
        "About 80 people marched through the town before holding a rally outside House of Hartley on the "
        "high street.",
        "The Facebook group, which started in a neighbouring town, claims to \u201cspeak for the families the "
        "council has forgotten.\u201d"])
    assert [q.speaker for q in quotes] == [None]


def test_a_participle_opening_a_sentence_is_no_sign_carriers_name():
    quotes = extract_from_paragraphs([
        "Waving Kurdish flags and holding signs that read \u201cfree them all\u201d and \u201cend the raids,\u201d "
        "protesters called on the government to act."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None), ("slogan", None)]


def test_which_the_government_dismissed_as_is_the_governments_word_not_the_courts():
    quotes = extract_from_paragraphs([
        "The High Court of Appeal paused the scheme last week, which the government dismissed as \u201ca "
        "political stunt\u201d, and ministers promised new legislation."])
    assert [q.speaker for q in quotes] == [None]


def test_a_crowd_after_after_with_a_pro_modifier_shouts_not_the_passive_subject():
    quotes = extract_from_paragraphs([
        "Hearings were suspended after pro-Kurdish supporters started shouting \u201cfree them all\u201d from "
        "the public gallery."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", None)]


def test_the_one_who_said_goes_on_arguing():
    quotes = extract_from_paragraphs([
        "Nobody was hurt, though Okonkwo-Reyes said her group may still complain, arguing that their permit "
        "\u201cwas worth nothing once the shouting started.\u201d"])
    assert [q.speaker for q in quotes] == ["Okonkwo-Reyes"]


def test_chants_as_the_subject_carry_chanted_words():
    quotes = extract_from_paragraphs([
        "Chants of support from the crowd urged the mayor to \u201ckeep the library open.\u201d"])
    assert [q.kind for q in quotes] == ["slogan"]


def test_a_time_opening_without_its_comma_does_not_hide_the_council():
    quotes = extract_from_paragraphs([
        "Harwick Borough Council confirmed a march was planned for the weekend.",
        "During Thursday the council had urged residents to \u2018carry on as normal\u2019 on Saturday."])
    assert [q.speaker for q in quotes] == ["Harwick Borough Council"]


def test_encouraging_people_to_do_something_in_quotes_is_speech():
    quotes = extract_from_paragraphs([
        "Organiser Dara Whitcombe encouraged the crowd to keep going \u201cuntil every library is open again.\u201d"])
    assert [q.speaker for q in quotes] == ["Dara Whitcombe"]


def test_a_persons_name_and_a_bodys_name_are_two_names():
    quotes = extract_from_paragraphs([
        "The organisers included Harbour Walks founder Miriam Okafor and Tenants Action Collective head "
        "Daniel Brandt.",
        "Okafor spoke first. \u201cWe are not finished, not by a long way,\u201d she told the crowd."])
    assert [q.speaker for q in quotes] == ["Miriam Okafor"]


def test_signs_many_of_the_crowd_were_holding_are_not_the_speakers():
    quotes = extract_from_paragraphs([
        "\u201cWe are not finished,\u201d Miriam Okafor told the marchers, many of whom were holding signs that "
        "read \u2018Homes for all\u2019."])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Miriam Okafor"), ("slogan", None)]


def test_two_unnamed_people_in_one_paragraph_are_not_one_split_quotation():
    quotes = extract_from_paragraphs([
        "\u201cI came for my grandchildren,\u201d says one woman. A teacher who stands at the back with her class "
        "says she is tired. \u201cWe have marched every month and nothing changes.\u201d"])
    assert len(quotes) == 2


def test_what_a_role_and_a_name_again_called_is_the_named_ones_words():
    quotes = extract_from_paragraphs([
        "Hundreds marched to the harbour on what their leader Tomas Varga again called a \u201cturning point\u201d."])
    assert [q.speaker for q in quotes] == ["Tomas Varga"]


def test_a_surname_that_is_a_sign_noun_is_no_sign():
    quotes = extract_from_paragraphs([
        "Councillor Rosa Banner spoke at the start of the protest, asking: \u201cWho decided this without "
        "asking a single resident?\u201d"])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Rosa Banner")]


def test_a_placeholder_it_hands_the_sentence_to_the_named_one_who_said():
    quotes = extract_from_paragraphs([
        "It comes after a small tenants' union, Harbour Homes, planned a vigil for the evening, though with "
        "only 40 members, its secretary and founder Colin Marsh said nobody expected so many.",
        "The crowd filled the square by seven.",
        "He said: \u201cWe printed 200 leaflets and ran out in ten minutes.\u201d"])
    assert [q.speaker for q in quotes] == ["Colin Marsh"]


def test_who_wanted_to_be_known_as_gives_the_name():
    quotes = extract_from_paragraphs([
        "A woman who only wanted to be known as Bea said the council had stopped listening. She had come by bus.",
        "\u201cWe are here every month and we will keep coming,\u201d she said."])
    assert [q.speaker for q in quotes] == ["Bea"]


def test_among_with_a_long_phrase_still_puts_its_subject_after_the_verb():
    quotes = extract_from_paragraphs([
        "Organiser Paul Grint said: \u201cWe filled two coaches.\u201d",
        "Among the other members of the choir to make the long trip down to the coast was Peter Hollis, who "
        "was just as pleased with the day.",
        "He said: \u201cI have never sung to so many people at once.\u201d"])
    assert [q.speaker for q in quotes] == ["Paul Grint", "Peter Hollis"]


def test_a_name_that_ends_an_opening_phrase_without_a_comma_is_the_subject():
    quotes = extract_from_paragraphs([
        "In a reply to the council vote Helen Vane, a former parish councillor, insisted that the plan "
        "was unlawful: \u201cNobody here was ever asked.\u201d"])
    assert [q.speaker for q in quotes] == ["Helen Vane"]


def test_a_surname_that_is_also_a_title_is_still_a_persons():
    quotes = extract_from_paragraphs([
        "Campaigner Peter Dean had walked from the station with his two daughters.",
        "\u201cWe will be back next week, and the week after,\u201d he said."])
    assert [q.speaker for q in quotes] == ["Peter Dean"]


def test_a_capitalised_office_then_a_titled_name_is_the_name():
    quotes = extract_from_paragraphs([
        "Duty Operations Manager, Insp Ruth Kelly, said: \u201cThree people were arrested and the road "
        "reopened by four.\u201d"])
    assert [q.speaker for q in quotes] == ["Ruth Kelly"]


def test_an_office_of_title_words_alone_then_a_name_is_the_name():
    quotes = extract_from_paragraphs([
        "Deputy Chief Constable, Mark Ellison, said: \u201cThe march passed off without serious incident.\u201d"])
    assert [q.speaker for q in quotes] == ["Mark Ellison"]


def test_coun_is_a_councillors_title():
    quotes = extract_from_paragraphs([
        "Independent councillor Grace Whitby said the vote had been rushed.",
        "Coun Whitby said: \u201cNobody on this estate was asked a single question.\u201d"])
    assert [q.speaker for q in quotes] == ["Grace Whitby"]


def test_a_bodys_relative_clause_inside_the_apposition_after_the_quote():
    quotes = extract_from_paragraphs([
        "\u201cThis sets us back ten years,\u201d Ines Vidal, director of the Harbour Rights Centre, which was "
        "founded by dock workers in 1978, said of the ruling."])
    assert [q.speaker for q in quotes] == ["Ines Vidal"]


def test_whilst_opens_a_clause_like_while():
    quotes = extract_from_paragraphs([
        "The Tenants Forum put the crowd at about 200 by the end of the afternoon, whilst Harbour Watch "
        "reported, \u201cThe whole of the quay was full by two o'clock\u201d."])
    assert [q.speaker for q in quotes] == ["Harbour Watch"]


def test_a_first_name_that_is_a_title_with_an_age_is_a_person():
    quotes = extract_from_paragraphs([
        "Dean, 29, from Barking, said he had taken two buses to get there.",
        "\u201cSomebody has to keep turning up,\u201d he said."])
    assert [q.speaker for q in quotes] == ["Dean"]


def test_will_before_said_is_a_first_name():
    quotes = extract_from_paragraphs([
        "Priya Nair and Will Ashdown, both students, walked from the university.",
        "\u201cWe have exams next week and we still came,\u201d Will said."])
    assert [q.speaker for q in quotes] == ["Will Ashdown"]


def test_a_capitalised_role_of_an_event_then_the_name():
    quotes = extract_from_paragraphs([
        "Co-organiser of the Riverside Unity event, Karim Haddad, of the interfaith group Common Ground, "
        "said: \u201cWe stand together or we do not stand at all.\u201d"])
    assert [q.speaker for q in quotes] == ["Karim Haddad"]


def test_acc_is_a_police_rank():
    quotes = extract_from_paragraphs([
        "Assistant Chief Constable Helen Price said officers would be on every corner.",
        "ACC Price added: \u201cPeople should go about their business as normal.\u201d"])
    assert [q.speaker for q in quotes] == ["Helen Price"]


def test_words_of_a_message_heard_are_its_senders_not_the_hearers():
    quotes = extract_from_paragraphs([
        "The Fishermen's Union called the meeting after the closures.",
        "They heard a message from the harbour master, Tom Reilly, offering his support and his "
        "opposition to \u201ca plan drawn up without a single fisherman in the room.\u201d"])
    assert [q.speaker for q in quotes] == ["Tom Reilly"]


def test_the_named_subject_who_echoes_then_he_said_is_the_speaker():
    quotes = extract_from_paragraphs([
        "The crowd heard a message from the Dean of the cathedral, Paul Ashby, offering his support and "
        "his opposition to \u201cthe politics of fear.\u201d Samuel Osei, a youth worker from the estate, "
        "echoed the Dean\u2019s message \u201cWe have lived side by side for forty years.\u201d he told the crowd."])
    assert [q.speaker for q in quotes] == ["Paul Ashby", "Samuel Osei"]


def test_a_participle_after_the_quotation_keeps_the_speaker_before_it():
    quotes = extract_from_paragraphs([
        "Ms Okoro said that \"nobody is free until everybody is free\" arguing the Disability Rights Network "
        "campaign was not asking for favours, only for access."])
    assert [q.speaker for q in quotes] == ["Okoro"]


def test_who_saw_a_message_did_not_write_it():
    quotes = extract_from_paragraphs([
        "A text message seen by the Gazette urged supporters to \u201cbring ladders and paint.\u201d"])
    assert [q.speaker for q in quotes] == [None]


def test_the_organiser_is_the_organiser_named_before():
    quotes = extract_from_paragraphs([
        "Organiser Marcy Fell said: \u201cEveryone is welcome, whatever flag they carry.\u201d",
        "Police asked for the route to be shortened.",
        "The organiser said: \u201cWe will walk the route we were promised.\u201d"])
    assert [q.speaker for q in quotes] == ["Marcy Fell", "Marcy Fell"]


def test_a_double_barrelled_surname_by_its_initials():
    quotes = extract_from_paragraphs([
        "The local MP, Helen Price-Walters, did not attend.",
        "Ms PW later said she \u2018fully supported the right to protest\u2019."])
    assert [q.speaker for q in quotes] == ["Helen Price-Walters"]


def test_an_unnamed_postdoc_is_the_he_not_a_leader_named_after_him():
    quotes = extract_from_paragraphs([
        "A Polish postdoc is also marching. In his own country the press has been muzzled and its prime "
        "minister Kowal is a model for others. \u201cIt came slowly\u201d, he says, \u201cand it can come here.\u201d"])
    assert [q.speaker for q in quotes] == [None]


def test_trade_unions_is_a_noun_before_the_unions_names():
    quotes = extract_from_paragraphs([
        "Trade unions Unite and GMB state: \u201cEvery worker on this site deserves a proper contract.\u201d"])
    assert [q.speaker for q in quotes] == ["Unite and GMB"]


def test_a_person_named_after_a_capitalised_union_is_a_person():
    quotes = extract_from_paragraphs([
        "Chair of the National Tenants Union Reza Farahani stands near the stage. The landlords he blames? "
        "\u201cThey never answered a single letter\u201d, he says."])
    assert [q.speaker for q in quotes] == ["Reza Farahani"]


def test_a_name_spliced_on_after_a_clause_and_a_comma_speaks():
    quotes = extract_from_paragraphs([
        "Omar Haddad, from the community centre, offered the man an umbrella.",
        "The man refused, Omar said to him: \u201cWe are neighbours whatever you think of us.\u201d"])
    assert [q.speaker for q in quotes] == ["Omar Haddad"]


def test_an_opening_writing_phrase_and_a_hyphenated_noun_are_no_names():
    quotes = extract_from_paragraphs([
        "Writing in the Gazette last week, the veteran anti-war campaigner described the base as "
        "\u201ca scar on the valley\u201d.",
        "Local candidate Maria Lowe will also speak.",
        "She said: \u201cBring your neighbours and bring your banners.\u201d"])
    assert [q.speaker for q in quotes] == [None, "Maria Lowe"]


def test_a_hyphenated_lower_case_noun_is_no_speaker():
    quotes = extract_from_paragraphs([
        "The veteran Euro-sceptic described the town as \u201cfull to the rafters\u201d."])
    assert [q.speaker for q in quotes] == [None]


def test_a_shared_surname_names_both_people():
    quotes = extract_from_paragraphs([
        "Campaigners Susan and Robert Hale organised the vigil outside the town hall.",
        "Their son, Toby Hale, is standing for the council.",
        "Mrs Hale said: \u201cWe wanted somewhere people could just stand together.\u201d"])
    assert [q.speaker for q in quotes] == ["Susan Hale"]


def test_they_is_not_a_party_that_only_names_someones_office():
    quotes = extract_from_paragraphs([
        "In a joint letter, councillors Ruth Ames and Peter Clay criticised the Reform Party leader.",
        "They said: \u201cThis town deserves better than slogans.\u201d"])
    assert [q.speaker for q in quotes] != ["Reform Party"]


def test_words_that_are_called_out_in_the_present_tense_are_a_chant():
    quotes = extract_from_paragraphs([
        "Who is really violent here, they ask. \u201cHands off our schools!\u201d is called out, and again "
        "and again."])
    assert [q.kind for q in quotes] == ["slogan"]


def test_a_first_name_from_a_body_is_the_she_who_speaks_next():
    quotes = extract_from_paragraphs([
        "Margaret from the Riverside Food Bank was among the speakers, her voice shaking as she described "
        "the queue on Fridays.",
        "She said: \u201cWe fed three hundred families last month and the shelves are empty again.\u201d"])
    assert [q.speaker for q in quotes] == ["Margaret"]


def test_a_bodys_quoted_name_between_the_and_group_is_the_speaker():
    quotes = extract_from_paragraphs([
        "Posting on Facebook ahead of the march, the 'Save Our Harbour Bristol' group said: \"We will be there "
        "at noon and we will be loud.\""])
    assert [q.speaker for q in quotes] == ["Save Our Harbour Bristol"]


def test_one_capitalised_plural_with_a_plural_verb_names_nobody():
    quotes = extract_from_paragraphs([
        "Estimates suggest the new charges will 'price families out of the city centre' and 'empty the "
        "high street.'"])
    assert [q.speaker for q in quotes] == [None, None]


def test_a_law_named_in_lower_case_after_an_article_is_no_slogan():
    quotes = extract_from_paragraphs([
        "They handed out T-shirts and flyers urging shoppers to sign the petition, and called for the "
        "introduction of a \u2018Jamie\u2019s law\u2019 to protect cyclists."])
    assert quotes == []


def test_a_known_group_is_read_however_its_small_words_are_capitalised():
    quotes = extract_from_paragraphs([
        "Priya Shah from Stand up To Racism Hampshire said: \u201cWe turned out because hate has no home "
        "here.\u201d"])
    assert [(q.speaker, q.org) for q in quotes] == [("Priya Shah", "Stand up To Racism Hampshire")]


def test_who_said_after_a_village_and_its_town_is_the_person_not_the_town():
    quotes = extract_from_paragraphs([
        "That view was shared by county organiser Mark Dunn, from Ashby, Scunthorpe, who said: \u201cWe kept "
        "our word and nobody was hurt.\u201d"])
    assert [q.speaker for q in quotes] == ["Mark Dunn"]


def test_a_venue_glossed_after_an_opening_phrase_is_not_the_subject():
    quotes = extract_from_paragraphs([
        "Talking outside the base for the afternoon, the Red Lion pub in Eastgate, local organiser for the "
        "Fens, Terry, in his usual flat cap, said: \u201cThis has been our biggest turnout in years.\u201d"])
    assert [q.speaker for q in quotes] == ["Terry"]


def test_signs_listed_with_dashes_between_them_are_all_slogans():
    quotes = extract_from_paragraphs([
        "The placards said: \u201cHands off our pensions\u201d \u2013 \u201cTax the banks\u201d \u2013 "
        "\u201cWe will not pay for your crisis\u201d \u2013 \u201cNo more cuts\u201d."])
    assert [(q.text, q.kind) for q in quotes] == [
        ("Hands off our pensions", "slogan"), ("Tax the banks", "slogan"),
        ("We will not pay for your crisis", "slogan"), ("No more cuts", "slogan")]


def test_a_term_that_refers_to_something_is_no_quotation():
    quotes = extract_from_paragraphs([
        "For visitors, \u201ctop gate\u201d refers to the north entrance while \u201cbottom gate\u201d "
        "refers to the car park."])
    assert quotes == []


def test_a_named_subject_clutching_his_own_sign_carries_it():
    quotes = extract_from_paragraphs([
        "Retired miner Thomas Hughes, gripping his \u201cKeep It In The Ground\u201d placard, says the council "
        "should listen to the village."])
    assert [(q.kind, q.speaker) for q in quotes] == [("slogan", "Thomas Hughes")]


def test_however_without_a_comma_opens_the_subjects_clause():
    quotes = extract_from_paragraphs([
        "Residents waited outside the hall for councillor Alan Price.",
        "However he has not backed down on the closure, saying \u201cthe numbers simply do not add up.\u201d"])
    assert [q.speaker for q in quotes] == ["Alan Price"]


def test_the_former_title_is_the_person_named_with_it():
    quotes = extract_from_paragraphs([
        "Campaigners gathered outside the theatre where former Home Secretary Ruth Kelso was speaking.",
        "The former Home Secretary, who left office in 2019, has said she is \u201cproud of every decision\u201d "
        "she took."])
    assert [q.speaker for q in quotes] == ["Ruth Kelso"]


def test_an_expletive_it_is_nobody_and_the_real_subject_is_unnamed():
    quotes = extract_from_paragraphs([
        "Campaigners were nervous, given widespread support for Reform UK in Dover.",
        "Despite not winning anyone over, it was interesting to note that the question most asked by wavering "
        "voters was: \u201cwho else is there?\u201d"])
    assert [q.speaker for q in quotes] == [None]


def test_a_groups_name_with_capitalised_small_words_is_whole():
    quotes = extract_from_paragraphs([
        "The vigil was called by Deal Stand Up To Fascism, a small anti-fascist network, who describe themselves "
        "as \"neighbours looking out for neighbours in every corner of the town\"."])
    assert [q.speaker for q in quotes] == ["Deal Stand Up To Fascism"]


def test_a_body_noun_then_the_bodys_name_with_the_names_it():
    quotes = extract_from_paragraphs([
        "The Hastings-based youth charity, the Seafront Voices Trust, was behind the walk, touting it as "
        "\"a calm, open and family friendly afternoon\"."])
    assert [q.speaker for q in quotes] == ["Seafront Voices Trust"]


def test_a_first_name_alone_with_an_aside_then_a_verb_is_the_he_who_speaks():
    quotes = extract_from_paragraphs([
        "Inside the camp, Danny (campers will not give surnames, saying the protest is about all of them) "
        "works nights at the hospital.",
        "He said: \"Most people who stop by bring tea and a kind word.\""])
    assert [q.speaker for q in quotes] == ["Danny"]


def test_the_capitalised_office_of_a_body_is_its_holder_named_before():
    quotes = extract_from_paragraphs([
        "The Chair of Calder Valley Council, Cllr Ruth Oduya, has backed the marchers.",
        "Asked about the weekend, the Council Chair added: \"Peaceful protest is part of who we are.\""])
    assert [q.speaker for q in quotes] == ["Ruth Oduya"]


def test_des_opens_a_first_name():
    quotes = extract_from_paragraphs([
        "Des Harnett said the council hoped no further action would be needed.",
        "He said: \u201cOur outreach team is in touch with everyone at the camp.\u201d"])
    assert [q.speaker for q in quotes] == ["Des Harnett"]


def test_a_justice_for_group_is_a_body_not_an_office():
    quotes = extract_from_paragraphs([
        "The Justice for Coalfield Families website states: \u201cWe will keep asking until we are answered.\u201d"])
    assert [q.speaker for q in quotes] == ["Justice for Coalfield Families"]


def test_on_a_platform_without_a_comma_is_where_not_who():
    quotes = extract_from_paragraphs([
        "The marchers were met by the Unite Against Fascism group. On Twitter the group said: \u201cWe outnumbered "
        "them three to one today.\u201d",
        "On Facebook Maria Lund wrote: \u201cProud of every one of you.\u201d"])
    assert [q.speaker for q in quotes] == ["Unite Against Fascism", "Maria Lund"]


def test_who_after_an_unnamed_group_is_that_group_not_the_sentences_place():
    quotes = extract_from_paragraphs([
        "The protest in Brno held under the motto \u201cHomes First\u201d is organized by a group who describe "
        "themselves as \u201cordinary tenants with nothing to lose\u201d."])
    assert [(q.text, q.speaker) for q in quotes if q.kind == "statement"] == [
        ("ordinary tenants with nothing to lose", None)]


def test_an_events_name_after_called_is_no_quotation_whatever_its_case():
    quotes = extract_from_paragraphs([
        "The march, called \u201cTenants in first place\u201d, was organised by Ivo Marek."])
    assert quotes == []


def test_a_sign_held_in_a_later_clause_is_its_holders_whatever_an_earlier_cue():
    quotes = extract_from_paragraphs([
        "Only organiser Gary Webb and councillor Tina Marsh turned up at first.",
        "They walked down the High Street, Webb shouting into a loudhailer while Marsh held a \u2018Vote Reform\u2019 "
        "sign."])
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("Vote Reform", "slogan", "Tina Marsh")]


def test_the_organisers_are_never_the_wire_service_that_reported_them():
    quotes = extract_from_paragraphs([
        "Several hundred people marched, according to the EFE reporter at the scene.",
        "\u201cWe came to mark the anniversary of the vote\u201d, \u2013 said the organisers."])
    assert [q.speaker for q in quotes] == [None]


def test_the_official_page_of_a_group_speaks_for_the_group():
    quotes = extract_from_paragraphs([
        "\u201cWe did not win the vote a century ago to lose our rights today\u201d, says the official page of "
        "the Tenants\u2019 Union on Facebook."])
    assert [q.speaker for q in quotes] == ["Tenants\u2019 Union"]


def test_a_full_names_own_sign_off_to_the_side_is_not_the_last_speakers():
    quotes = extract_from_paragraphs([
        "\"We came to be heard,\" said organiser Rachel Doyle.",
        "Off to the side of the group, Maren Koski, a retired history teacher from Ely, held her \"Hands off our "
        "lakes!\" sign."])
    assert [(q.kind, q.speaker) for q in quotes] == [("statement", "Rachel Doyle"), ("slogan", "Maren Koski")]
