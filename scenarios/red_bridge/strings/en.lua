-- English strings for Red Bridge. Facts carry their source tags; the wording is the project's
-- own. Where the sources are silent the text says so.
return {
    title = "Red Bridge, 3-7 May 1920",
    desc = "A what-if inside known bounds. In early May 1920 Red detachments crossed from "
        .. "Soviet Azerbaijan into Georgia and were thrown back; on 7 May Moscow recognised "
        .. "Georgia. Where exactly they fought is not recorded: this scenario stages the clash at "
        .. "the crossings that mattered on this frontier, Poili on the Kura and Red Bridge on the "
        .. "Khrami. 9 half-day turns.",

    ["opt.red_reserve.name"] = "Moscow commits a full division",
    ["opt.red_reserve.note"] = "Historical: off. Lenin judged a second front too costly while "
        .. "the war with Poland was under way and chose to negotiate [S4]. On: a rifle division "
        .. "arrives at Akstafa on 4 May.",
    ["opt.mobilization.name"] = "Georgian mobilisation",
    ["opt.mobilization.note"] = "Historical: on. Georgia ordered mobilisation on 1 May and named "
        .. "General Kvinitadze commander-in-chief [S4]. On: Georgian regulars and People's Guard "
        .. "battalions arrive from Tiflis on 4 May (sizes are game estimates).",
    ["opt.cadets.name"] = "The Military College holds",
    ["opt.cadets.note"] = "Historical: on. On the night of 2/3 May about 25 Bolsheviks attacked "
        .. "the Tiflis Military College; Kvinitadze and his cadets beat them off [S4]. On: "
        .. "Georgian units start with one more point of morale.",

    ["brief.1.title"] = "After Baku",
    ["brief.1.text"] = "With Baku in Soviet hands, Red detachments moved west along the railway "
        .. "to the Georgian frontier. Georgia had been in a defence alliance with Azerbaijan "
        .. "since 1919 but had stayed out; on 30 April its premier Noe Zhordania said Georgia "
        .. "would defend itself if attacked [S4].",
    ["brief.2.title"] = "The push and the counter-attack",
    ["brief.2.text"] = "The Red units crossed the frontier, apparently on Ordzhonikidze's "
        .. "own initiative. Georgia concentrated its forces and stopped them, and Moscow "
        .. "presented the clash as a local affair between Georgia and Soviet Azerbaijan "
        .. "[S4][OWK].",
    ["brief.3.title"] = "How to win",
    ["brief.3.text"] = "Both sides score for Red Bridge, the Poili crossing and Karayazy station "
        .. "at the end; Red also for keeping Akstafa and Tovuz, Georgia for keeping four units. "
        .. "If Georgia holds the bridges, as it seems to have done in 1920, it wins narrowly. The "
        .. "Treaty of Moscow on 7 May ends the game.",

    ["note.gap.title"] = "What is not known",
    ["note.gap.text"] = "No source found gives the units, the days or the places of the May 1920 "
        .. "fighting; which of Poili and Red Bridge was held or lost is not known. The sources "
        .. "confirm only the push, the Georgian counter-offensive and the treaty [S4][OWK]. "
        .. "Everything else here is a plausible reconstruction.",
    ["note.forces.title"] = "Forces are estimates",
    ["note.forces.text"] = "Georgia's army in 1920 is given as about 27,000 regulars with four "
        .. "armored trains [GEOMIL], and the People's Guard as 2,000 full-time men plus "
        .. "territorial battalions of 300-800 [PG]; both figures are uncertain. Which units "
        .. "stood on this frontier is not recorded, nor which Red units crossed it. All units "
        .. "and strengths are game estimates.",
    ["note.places.title"] = "The places",
    ["note.places.text"] = "The Baku-Tiflis railway crosses the Kura at Poili and reaches the "
        .. "frontier at Beyuk-Kyasik [RAIL]. Red Bridge carries the old Tiflis road over the "
        .. "Khrami near its confluence with the Kura. The same crossings were fought over again "
        .. "in February 1921.",
    ["note.treaty.title"] = "The Treaty of Moscow",
    ["note.treaty.text"] = "Signed on 7 May 1920 by L. Karakhan and G. Uratadze: Russia recognised "
        .. "Georgia's independence, Georgia undertook not to shelter forces hostile to Russia, "
        .. "and the border followed the Zakatala district boundary [TREATY][OWK].",
    ["note.later.title"] = "Afterwards",
    ["note.later.text"] = "The peace lasted less than a year: in February 1921 the 11th Army "
        .. "invaded Georgia and took Red Bridge and Poili on its way to Tiflis.",

    ["unit.red_adv"] = "Advance detachment (11th Army)",
    ["unit.red_cav"] = "Cavalry detachment (11th Army)",
    ["unit.red_bde2"] = "Rifle detachment (11th Army)",
    ["unit.red_at"] = "11th Army armored train",
    ["unit.red_div"] = "Rifle division (what-if)",
    ["unit.geo_bridge"] = "Frontier force at Red Bridge",
    ["unit.geo_cav1"] = "Georgian cavalry",
    ["msg.start"] = "3 May, dawn. Red detachments stand at the Georgian frontier; Georgia has "
        .. "mobilised. The days and places of this fighting are not recorded: what follows is a "
        .. "reconstruction.",
    ["msg.cadets"] = "In Tiflis the night attack on the Military College has failed; Bolsheviks "
        .. "are being rounded up across Georgia [S4].",
    ["msg.bridge_lost"] = "Red troops are across Red Bridge.",
    ["msg.bridge_back"] = "Georgian troops hold Red Bridge again.",
    ["msg.poili"] = "Georgian troops reach the Kura at Poili.",
    ["msg.treaty"] = "7 May: the Treaty of Moscow is signed. Russia recognises Georgia's "
        .. "independence and the fighting stops [TREATY].",

    ["ms.cadets"] = "Military College holds",
    ["ms.bridge_taken"] = "Red Bridge crossed",
    ["ms.poili"] = "Georgians at Poili",
    ["obj.r_bridge"] = "Hold Red Bridge at the end",
    ["obj.r_karayazy"] = "Hold Karayazy at the end",
    ["obj.r_poili"] = "Hold the Poili crossing at the end",
    ["obj.r_base"] = "Keep Akstafa and Tovuz",
    ["obj.g_bridge"] = "Hold Red Bridge at the end",
    ["obj.g_karayazy"] = "Hold Karayazy at the end",
    ["obj.g_poili"] = "Hold the Poili crossing at the end",
    ["obj.g_army"] = "Keep four units in the field",
    ["end.treaty"] = "the Treaty of Moscow stopped the fighting",
}
