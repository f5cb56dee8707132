-- English strings for Ganja, May 1920. Facts carry their source tags; the wording is the
-- project's own. Conflicting figures are given side by side.
return {
    title = "Ganja, May 1920",
    desc = "On the night of 25/26 May 1920 units of the former ADR army in Ganja rose against "
        .. "Soviet rule, joined by gachag bands and villagers. The 11th Army brought up troops by "
        .. "rail. Hold the city, or retake it. 12 half-day turns, 26-31 May.",

    ["side.rebels"] = "Ganja insurgents (former ADR army)",
    ["opt.villagers.name"] = "Villagers join the revolt",
    ["opt.villagers.note"] = "Historical: on. The garrison was joined by gachag bands and by "
        .. "villagers [GANJA]. How many is disputed: about 1,800 garrison troops in one version, "
        .. "10,000-12,000 with the villagers in others [GANJA][GSEG]. On: two bands of armed "
        .. "villagers join on 27 May.",
    ["opt.colonists.name"] = "Helenendorf colonists",
    ["opt.colonists.note"] = "Historical: on. Russian Wikipedia lists German colonists from "
        .. "Helenendorf, and Armenian militia of Ganja, on the Soviet side [GANJARU]. On: a "
        .. "colonists' militia stands at Helenendorf.",
    ["opt.spread.name"] = "The revolt spreads west",
    ["opt.spread.note"] = "Historical: off. No source found has the revolt spreading along the "
        .. "railway. On: rebel bands appear at Shamkhor and Tovuz on 28 May.",

    ["brief.1.title"] = "The revolt",
    ["brief.1.text"] = "Units of the former 1st Infantry Division - the 3rd Ganja Regiment, the "
        .. "training team of the 3rd Sheki Cavalry Regiment, an artillery battery and the "
        .. "divisional commandant's unit - took the Muslim quarter of Ganja; some accounts add "
        .. "that they disarmed 20th Division units and attacked the station [GANJA][GSEG].",
    ["brief.2.title"] = "Leaders and opponents",
    ["brief.2.text"] = "The sources name Mammad Mirza Qajar (the name varies), Generals Javad bey "
        .. "Shikhlinski and Teymur bey Novruzov and Colonel Jahangir bey Kazimbeyli among the "
        .. "leaders. In and near the city stood the 178th and 180th Rifle Regiments, a signals "
        .. "battalion and a commandant's unit; the 40th Cavalry Brigade was near Zurnabad "
        .. "[GANJA].",
    ["brief.3.title"] = "How to win",
    ["brief.3.text"] = "Red scores for Ganja at the end, more if it holds the city by 28 May at "
        .. "dusk. The insurgents score for holding the city through 29 May, much more if they "
        .. "hold it to the end, and for keeping three units. The course of 1920 - the city held "
        .. "for days, then retaken - is about a draw.",
    ["note.dates.title"] = "Which dates?",
    ["note.dates.text"] = "The sources date the revolt from the night of 25/26 May to its "
        .. "suppression on 31 May [GANJA][GSEG]; the project brief says 25 May - 1 June. The "
        .. "scenario runs 26-31 May. The older English Wikipedia text records failed Soviet "
        .. "assaults on 29 May.",
    ["note.numbers.title"] = "How many?",
    ["note.numbers.text"] = "Rebel strength is disputed: about 1,800 garrison troops in an older "
        .. "version of the English Wikipedia article; 10,000-12,000 including villagers, with "
        .. "three artillery batteries, in the current one and in the GSE [GANJA][GSEG]. Soviet "
        .. "strengths are not given. All strengths here are game estimates.",
    ["note.framing.title"] = "Rebellion or uprising",
    ["note.framing.text"] = "The Soviet encyclopedia calls it a counter-revolutionary rebellion "
        .. "[GSEG]. Azerbaijani historians count it among the popular uprisings against the "
        .. "Soviet occupation, led by officers of the former national army [S2]; present-day "
        .. "English Wikipedia calls it a revolt against occupation [GANJA]. The game calls it the "
        .. "Ganja revolt.",
    ["note.map.title"] = "The city on the map",
    ["note.map.text"] = "At ten kilometres a hex the whole city is one hex. The Armenian quarter, "
        .. "held by the Soviet regiments, and the station are shown as the hexes next to it.",
    ["note.civilians.title"] = "The cost",
    ["note.civilians.text"] = "One infobox gives losses of 800 to 8,500 without making clear on "
        .. "which side [GANJA]; Azerbaijani historians describe punitive measures after the "
        .. "revolt [S2]. The city's Armenian, Azerbaijani and German neighbours were all drawn "
        .. "in. The game scores only the control of places and the survival of units.",

    ["unit.regt3"] = "3rd Ganja Regiment",
    ["unit.battery"] = "Artillery battery",
    ["unit.sheki_team"] = "Training team, 3rd Sheki Cavalry",
    ["unit.commandant"] = "Divisional commandant's unit",
    ["unit.gachag_gambar"] = "Gachag Gambar's band",
    ["unit.sari_alakbar"] = "Sari Alakbar's band",
    ["unit.vill_1"] = "Armed villagers (west)",
    ["unit.vill_2"] = "Armed villagers (east)",
    ["unit.spread_1"] = "Rebels at Shamkhor",
    ["unit.spread_2"] = "Rebel detachment (Kazakh district)",
    ["unit.r178"] = "178th Rifle Regiment",
    ["unit.r180"] = "180th Rifle Regiment",
    ["unit.signals"] = "3rd Brigade signals battalion",
    ["unit.cav40"] = "40th Cavalry Brigade",
    ["unit.helenendorf"] = "Helenendorf colonists",
    ["unit.div20"] = "20th Rifle Division (main body)",
    ["unit.at_ganja"] = "Armored train",
    ["unit.r_west"] = "Rifle regiment from Akstafa",
    ["unit.div_more"] = "Reinforcements from Baku",

    ["msg.start"] = "Night of 25/26 May: the garrison of Ganja rises and takes the Muslim "
        .. "quarter [GANJA].",
    ["msg.villagers"] = "Armed villagers and gachag bands join the revolt [GANJA].",
    ["msg.held29"] = "29 May: Ganja still holds. An older version of the English Wikipedia "
        .. "article records failed assaults on this day [GANJA].",
    ["msg.retaken"] = "Soviet troops are in Ganja. In 1920 the revolt was put down on 31 May "
        .. "[GSEG].",
    ["msg.spread"] = "What-if: the revolt spreads west along the railway.",

    ["ms.revolt"] = "Revolt in Ganja",
    ["ms.held29"] = "Ganja holds on 29 May",
    ["ms.retaken"] = "Ganja retaken",

    ["obj.r_city"] = "Hold Ganja at the end",
    ["obj.r_fast"] = "Hold Ganja by 28 May, dusk",
    ["obj.a_hold28"] = "Hold Ganja through 28 May",
    ["obj.a_hold29"] = "Hold Ganja through 29 May",
    ["obj.a_city"] = "Hold Ganja at the end",
    ["obj.a_survive"] = "Keep three units",

}
