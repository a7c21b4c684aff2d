"""Common first names that are almost always one gender in English-language
news, so that "she said" after "Mary Poe met with Mayor Tom Smith" means Poe.

Used only when the article itself says nothing (no "his wife, ...", no
earlier "he said" for that person): what the article says always wins.
Names given to both men and women (Alex, Jordan, Sam, Kim, Lee, Jean,
Andrea, Charlie, ...) are left out on purpose: a wrong guess is a misquote.
"""

from __future__ import annotations

FEMALE = frozenset("""mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy
    betty margaret sandra kimberly emily donna michelle carol amanda melissa deborah stephanie
    rebecca laura sharon cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
    katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce
    virginia victoria lauren christina joan judith megan cheryl hannah jacqueline martha gloria
    teresa ann sara madison frances kathryn janice abigail alice judy sophia grace denise amber doris
    marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla lori rosa
    lucia ana sofia carmen elena isabel fatima aisha priya ayesha leila layla yasmin mariam nadia zainab
    chioma ngozi wanjiru keisha tamara tanya gwen eleanor louise claire sophie chloe jane jenny kate katie
    lucy ella molly holly ellie zoe hana mei ines sandrine marisol gabriela valeria daniela paula renee
    tammy erin caitlin siobhan aoife bridget priyanka anjali sunita ebony tamika latoya shanice aaliyah
    maya naomi miriam esther yolanda juana luz graciela beatriz lourdes francesca
    giulia chiara agnieszka katarzyna olga irina natalia svetlana tatiana ingrid astrid greta dolores
    consuelo marta maría lucía sofía julia carla silvia mónica monica verónica veronica alejandra marina
    paola camila valentina martina ximena adriana claudia cristina mariana raquel sonia alicia leticia
    irene eva nora magdalena ewa joanna zuzana petra yulia anastasia ekaterina oksana inés pilar mercedes
    lorena jess becky kathy katy sally sue liz beth maggie annie debbie vicky mandy lily poppy millie rosie""".split())

MALE = frozenset("""james robert john michael david william richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
    jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
    gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
    zachary peter kyle ethan walter noah jeremy christian keith roger gerald harold sean austin carl arthur
    lawrence dylan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
    vincent ralph eugene russell bobby mason philip louis carlos luis miguel jorge pedro diego mohammed
    muhammad mohamed mohammad ahmed ahmad hassan hussein ibrahim yusuf tariq karim rahul raj arjun vikram
    amit sanjay tom tim dave mike steve jim bob bill rick ron ben dan matt nick tony jon ken greg
    marcus theo rex stefan jerome jérôme dafydd gareth rhys ian hugh colin graham nigel neil simon martin
    oliver harry liam connor declan kwame kofi emeka chinedu olusegun hiroshi kenji ivan
    dmitri sergei andrei viktor pierre laurent olivier françois francois hans klaus jürgen lars mateo
    santiago luke isaac caleb owen evan leo max felix jamal darnell tyrone malik andre marco giuseppe
    giovanni antonio francisco javier alejandro ricardo fernando manuel rafael emmanuel gérald
    gerard josé josué jesús alberto roberto eduardo enrique sergio pablo andrés andres ramón ramon raúl raul
    óscar oscar hugo víctor victor julio césar cesar héctor hector rubén ruben gustavo mario ernesto
    guillermo alfredo arturo joaquín joaquin nicolás nicolas tomás tomas gonzalo ignacio felipe lorenzo
    emilio marcelo rodrigo mauricio armando jaime agustín
    johnny jonny jimmy danny tommy freddie freddy alfie archie stevie davey robbie ricky mikey pete phil
    andy""".split())


def first_name_gender(name: str) -> str | None:
    """"f", "m" or None for a person's full name ("Mary Poe" -> "f"); a
    single word (a surname alone, "Roe") tells nothing."""
    tokens = name.split()
    if len(tokens) < 2:
        return None
    first = tokens[0].lower()
    if first in FEMALE:
        return "f"
    if first in MALE:
        return "m"
    return None
