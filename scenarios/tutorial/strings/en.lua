-- English strings for the tutorial. The lessons describe the rules of engine/core (movement
-- points, zones of control, rail, carrying, combat, supply, objectives).
return {
    title = "Tutorial: Across the Samur",
    desc = "Learn to play in a small corner of the map: select and move units, ride the "
        .. "railway, land a party from an armored train, attack, keep your troops supplied and "
        .. "take the objectives. Red side, 8 half-day turns, messages guide you step by step.",

    ["opt.hints.name"] = "Lesson messages",
    ["opt.hints.note"] = "On: a message explains each step when you reach it. Off: play the "
        .. "same situation without help.",

    ["brief.1.title"] = "Where you are",
    ["brief.1.text"] = "27 April 1920, on the Samur river, the border between Soviet Russia's "
        .. "Dagestan and the Azerbaijan Democratic Republic. In 1920 four armored trains and a "
        .. "landing party crossed here and stopped at Yalama and Khudat on their way to Baku "
        .. "[S0]. You command a small part of that force.",
    ["brief.2.title"] = "Turns and phases",
    ["brief.2.text"] = "A turn is half a day: dawn or dusk. In each turn every side has a "
        .. "movement phase and then a combat phase. End a phase with the End phase button "
        .. "(Space). One hex is about 10 km.",
    ["brief.3.title"] = "Your goal",
    ["brief.3.text"] = "Take Yalama, Khudat and Khachmaz. Holding all three at once wins at "
        .. "once. Taking both border stations by the morning of 28 April earns a bonus. If the "
        .. "ADR still holds one of them at the end, it wins.",

    ["note.1.title"] = "Yalama, 27 April 1920",
    ["note.1.text"] = "The train group's commander M. G. Efremov reported a two-hour fight at "
        .. "Yalama against two infantry companies, gendarmes, a cavalry squadron and two guns "
        .. "[SOL]. This is a Soviet report; no ADR account of it was found.",
    ["note.2.title"] = "Two ways of telling it",
    ["note.2.text"] = "Soviet and Russian texts call what followed a liberation and the April "
        .. "revolution; Azerbaijani texts an occupation and the April coup. The full scenarios "
        .. "show both, each with its source, and so does the Perspectives page.",

    ["tut.welcome"] = "Welcome. You play the Red side. The game always shows whose phase it "
        .. "is; now it is your movement phase.",
    ["tut.select"] = "Step 1 - select: click one of your units (or press Tab). The panel shows "
        .. "its type, steps (strength), morale (0-9) and movement points (MP). The hexes it can "
        .. "reach light up.",
    ["tut.move"] = "Step 2 - move: select the cavalry brigade and click a lit hex toward Kusary "
        .. "or the border. Open ground costs 2 MP a hex, a road 1; hills, forest and rivers "
        .. "cost more. Cavalry has 8 MP, infantry 4. Ctrl+Z undoes a move.",
    ["tut.rail"] = "Step 3 - rail: the armored train at Derbent moves only along the track but "
        .. "covers up to 16 hexes. Infantry can ride too: a unit at a station of its own side "
        .. "entrains, then moves along intact track. Move the train toward the Samur.",
    ["tut.zoc"] = "Zones of control: enemy units control the hexes around them. A unit that "
        .. "enters such a hex must stop there. Press Z to see the zones.",
    ["tut.train"] = "Your armored train is at a border station. Its guns reach two hexes along "
        .. "the track. It carries a landing party: disembark it onto a hex next to the train to "
        .. "take a station the train cannot hold alone.",
    ["tut.combat"] = "Step 4 - combat: in the combat phase, select your units next to an enemy "
        .. "and click the enemy stack. Before you commit, the odds column and the possible "
        .. "results of each die roll are shown. Terrain, rivers, morale and supply shift the "
        .. "odds.",
    ["tut.result"] = "A result names who loses steps, who retreats and whether the winner may "
        .. "advance. Units that run out of steps are destroyed; units whose morale breaks are "
        .. "routed and cannot attack.",
    ["tut.destroyed"] = "An enemy unit is destroyed. Take its hex: moving into a hex makes it "
        .. "yours.",
    ["tut.lost"] = "You lost a unit. Attack with several units together for better odds.",
    ["tut.landing"] = "The landing party: a train or ship with capacity carries foot units "
        .. "aboard. Disembark them onto a hex next to the carrier; embark them again from a hex "
        .. "next to it.",
    ["tut.captured"] = "Yalama is yours. Places you own count toward your score, and stations "
        .. "you own let your units entrain there. With no unit selected, the panel on the right "
        .. "lists each side's objectives and whether each is met now.",
    ["tut.supply"] = "Step 5 - supply: units must trace a path of at most 6 MP to the rail or "
        .. "road net leading back to a supply source (Derbent for you). Units out of supply "
        .. "fight worse every turn. Press S to see the supplied hexes.",
    ["tut.hurry"] = "Three turns left. Hold Yalama, Khudat and Khachmaz together to win.",
    ["tut.victory"] = "Khachmaz is taken. If you hold Yalama and Khudat too, the objective is "
        .. "met and the game ends in your favour. Well done: try the Armored-Train Dash next.",

    ["unit.tut_cav"] = "Cavalry brigade",
    ["unit.tut_inf"] = "Rifle brigade",
    ["unit.tut_train"] = "Armored train",
    ["unit.tut_land"] = "Landing party",
    ["unit.tut_post1"] = "Yalama border post",
    ["unit.tut_post2"] = "Khudat post",
    ["unit.tut_gend"] = "Khachmaz gendarmes",

    ["obj.r_goal"] = "Hold Yalama, Khudat and Khachmaz (wins at once)",
    ["obj.r_yalama"] = "Hold Yalama and Khudat by 28 April, dawn",
    ["obj.a_hold"] = "Hold one of Yalama, Khudat, Khachmaz at the end",

}
