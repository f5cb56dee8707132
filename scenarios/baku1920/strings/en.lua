-- English strings for the Baku operation scenario. Facts carry their source tags (see the
-- sources list and docs/history.md); the wording is the project's own.
return {
    title = "The Baku Operation, April-May 1920",
    desc = "27 April - 7 May 1920. The 11th Red Army crosses the Samur while Bolsheviks rise in "
        .. "Baku; four armored trains race down the coastal railway, cavalry sweeps inland, and "
        .. "the Azerbaijan Democratic Republic's main forces stand far away in Karabakh. Georgia "
        .. "waits on the western frontier. The whole theatre, 22 half-day turns.",

    -- sides
    ["opt.uprising.name"] = "Baku uprising",
    ["opt.uprising.note"] = "Historical: on. Bolshevik workers' detachments and sailors rose in "
        .. "Baku on the night of 26/27 April and handed the government an ultimatum [S0][S1]. "
        .. "Off: no insurgent units appear.",
    ["opt.handover.name"] = "Parliament hands over power",
    ["opt.handover.note"] = "Historical: on. On 27 April parliament voted power to the Communist "
        .. "party and dissolved itself after the military said armed resistance was impossible "
        .. "[S0][S1]. Off: the government leaves for Ganja, as it had discussed [S0], and the "
        .. "Baku garrison fights on.",
    ["opt.submit.name"] = "The army placed under Red command",
    ["opt.submit.note"] = "Historical: on. On 29 April the Azrevkom put the ADR army under the "
        .. "operational command of the 11th Army [AZRA]. On (with the hand-over): on 29 April "
        .. "about half of the ADR units outside Karabakh leave the game and the rest lose morale; "
        .. "those left are the what-if of an army that fought on from Ganja.",
    ["opt.desertion.name"] = "Desertion in the ADR army",
    ["opt.desertion.note"] = "Historical: on. A Russian-leaning account says desertion had "
        .. "hollowed out the army by April [S0]; Azerbaijani-leaning work gives the structure "
        .. "without judging its value [TGME]. On: each turn ADR units may lose morale, and "
        .. "broken ones steps.",
    ["opt.sarvan.name"] = "Rails pulled up at Sarvan",
    ["opt.sarvan.note"] = "Historical: on, with a caveat. Only an Azerbaijani-oriented account "
        .. "tells of villagers under Gachag Mayil blocking the line near Sarvan on 27 April "
        .. "[SARV]; the Soviet accounts found do not mention it. On: the rails at Divichi "
        .. "are pulled up on 27 April (mended by that evening); the band stands beside the "
        .. "line.",
    ["opt.border_war.name"] = "Border clash with Georgia",
    ["opt.border_war.note"] = "Historical: on. Red detachments reached the Georgian frontier in "
        .. "early May and crossed it; Georgia counter-attacked [S4][OWK]. The exact days are "
        .. "not known. On: war breaks out on 4 May at the latest; in any case it starts as soon "
        .. "as Red troops enter the Georgian frontier zone.",
    ["opt.treaty.name"] = "Treaty of Moscow",
    ["opt.treaty.note"] = "Historical: on. Soviet Russia and Georgia signed a treaty on 7 May "
        .. "1920; Russia recognised Georgia's independence [TREATY][S4]. Off: the border war "
        .. "goes on to the end.",
    ["opt.par.name"] = "Par (ADR starting points)",
    ["opt.par.note"] = "Default 84. The ADR side starts with these points: roughly what the Red "
        .. "Army's gains in 1920 are worth beyond what the ADR kept, so that repeating history "
        .. "is about a draw. Lower it to favour Red, raise it to favour the ADR.",
    ["opt.flotilla.name"] = "Volga-Caspian flotilla",
    ["opt.flotilla.note"] = "Historical: on. Flotilla ships arrived at Baku on 1 May [RED]; no "
        .. "full ship list was found, only single destroyers are named [ISA]. On: two destroyers "
        .. "and Kozhanov's landing detachment arrive on 1 May.",

    -- briefing
    ["brief.1.title"] = "The operation",
    ["brief.1.text"] = "In late April 1920 the Caucasian Front (Tukhachevsky) sent the 11th Army "
        .. "(Levandovsky) across the Samur into the Azerbaijan Democratic Republic, together with "
        .. "the Volga-Caspian flotilla (Raskolnikov) and the underground Azerbaijani Communist "
        .. "Party [S1][GSE]. Kirov and Ordzhonikidze directed it [S0]. The plan gave it about "
        .. "five days [AT].",
    ["brief.2.title"] = "Three moves at once",
    ["brief.2.text"] = "Bolsheviks rose in Baku on the night of 26/27 April. Four armored trains "
        .. "under M. G. Efremov, with a landing party aboard, ran down the coastal railway past "
        .. "Yalama and Khudat and reached Baku on the morning of 28 April; infantry trains "
        .. "followed [S0][S1]. The 2nd Cavalry Corps swept inland to Kuba, Shemakha, Akhsu and "
        .. "Kurdamir, cutting the road back to Ganja [S1].",
    ["brief.3.title"] = "The ADR's army",
    ["brief.3.text"] = "On paper the ADR had about 30,000 men: two infantry divisions (HQs Ganja "
        .. "and Baku), a cavalry division, artillery and police units [TGME][RUW]. Its main field "
        .. "forces stood in Karabakh and Zangezur, fighting Armenian forces; only small posts "
        .. "watched the northern border [S0].",
    ["brief.4.title"] = "Neighbours",
    ["brief.4.text"] = "Armenian forces under General Dro held parts of Karabakh and Zangezur "
        .. "after the rising of March 1920 [TGME][ROOTS]. Georgia, in a defence pact with the "
        .. "ADR since 1919, stayed out; its premier said it would defend itself if attacked [S4].",
    ["brief.5.title"] = "How to win",
    ["brief.5.text"] = "Red scores for Baku (early and at the end), the coastal stations, the "
        .. "cavalry towns, the Kura crossing at Yevlakh, Ganja and keeping the trains. The ADR "
        .. "starts with the par (what the Red Army's gains of 1920 are worth) and scores for "
        .. "Ganja, Karabakh, a surviving field army, the Kura until 2 May, Baku if it keeps or "
        .. "retakes it, and every turn it holds a key place past the day it fell in 1920. "
        .. "Repeating history is about a draw; do better to win.",
    -- historical notes
    ["note.trains.title"] = "Which four trains?",
    ["note.trains.text"] = "Two lists disagree. An armored-train history names No. 61 'III "
        .. "Internatsional', No. 209 'Krasnaya Astrakhan', No. 55 'Krasny Dagestan' and No. 65 "
        .. "'Timofei Ulyantsev', the last two with naval guns [AT]. Solomin's biography of "
        .. "Levandovsky names '3rd International', 'Za vlast Sovetov', 'Krasny Dagestan' and "
        .. "'Mikhail Ulyantsev' [SOL]. The game uses the first list.",
    ["note.dates.title"] = "When did the trains start?",
    ["note.dates.text"] = "Veselov has the first train crossing the Samur bridge on the night of "
        .. "26/27 April [VES]; the GSE says 27 April; the museum text says the night of 28 April "
        .. "[S1]. All agree the trains reached Baku on the morning of 28 April. Yalama's "
        .. "two-hour fight comes from a Soviet report only [SOL].",
    ["note.strength.title"] = "Strengths are estimates",
    ["note.strength.text"] = "The 11th Army is given as over 30,000 bayonets and sabres in a "
        .. "single figure [RUW]; no divisional or regimental strengths were found. Every unit's "
        .. "steps and factors here are game estimates, as is the split of the cavalry corps "
        .. "into two divisions.",
    ["note.adr.title"] = "Where the ADR troops were",
    ["note.adr.text"] = "No unit-by-unit disposition for 27 April was found. The game places the "
        .. "2nd Division at Baku, the 1st at Ganja and the strongest force in Karabakh, as the "
        .. "sources describe in general terms [TGME][S0]. Regimental names are not given.",
    ["note.sarvan.title"] = "Sarvan",
    ["note.sarvan.text"] = "An Azerbaijani-oriented page tells of armed villagers under Gachag "
        .. "Mayil pulling up rails near Sarvan station on 27 April [SARV]. No Soviet source found "
        .. "mentions it, so it is an option.",
    ["note.karabakh.title"] = "Karabakh",
    ["note.karabakh.text"] = "An Armenian rising began on the night of 22/23 March 1920; fighting "
        .. "followed around Shusha, Askeran and Khankendi, and the Armenian quarter of Shusha was "
        .. "destroyed [TGME][ROOTS]. Partisan sources give about 2,000 Armenians against about "
        .. "3,000 Azerbaijani troops [ROOTS]; no neutral figure was found. In the game, weakening "
        .. "the ADR line there lets the Armenian forces advance.",
    ["note.georgia.title"] = "Georgia in May",
    ["note.georgia.text"] = "Georgia mobilised on 1 May under General Kvinitadze; on the night of "
        .. "2/3 May about 25 Bolsheviks attacked the Tiflis Military College and were beaten off "
        .. "[S4]. Red detachments pushed over the frontier and were thrown back; on 7 May Russia "
        .. "recognised Georgia in the Treaty of Moscow [S4][TREATY]. Which bridges changed hands, "
        .. "and when, is not known.",
    ["note.civilians.title"] = "The people caught in it",
    ["note.civilians.text"] = "The region was exhausted: oil output had fallen to well under half "
        .. "its 1913 level, refugees from the Armenian-Azerbaijani war brought hunger and "
        .. "epidemics, and armed bands ruled many districts [S0]. Civilians of every community "
        .. "suffered in Karabakh [TGME][ROOTS]. The game scores only military objectives: nothing "
        .. "in it rewards harm to civilians.",
    ["note.after.title"] = "Afterwards",
    ["note.after.text"] = "Soviet texts present the result as a near-bloodless return of the "
        .. "region [S0]. Azerbaijani historians describe an occupation followed by uprisings, "
        .. "above all at Ganja in late May and in Karabakh, and by repression of officers, clergy "
        .. "and intellectuals [S2]. The ADR army was placed under 11th Army command on 29 April "
        .. "[AZRA].",

    -- perspectives
    ["src.s3"] = "S3: Turkish-authored article on the Bolshevik revolution and Azerbaijan, "
        .. "1917-1918.",
    ["src.ruw"] = "RUW: Russian Wikipedia, 'Baku operation (1920)'.",
    ["src.red"] = "RED: 'The Red Lord', biography of F. F. Raskolnikov.",
    ["src.isa"] = "ISA: I. S. Isakov, The Caspian, 1920 (memoir).",
    ["ut.naval_infantry"] = "Naval landing detachment",
    ["ut.destroyer"] = "Destroyer",
    ["ut.hq"] = "Army command train",
    ["ut.gunboat"] = "Gunboat",
    ["unit.land61"] = "Landing party (III Internatsional)",
    ["unit.land55"] = "Landing party (Krasny Dagestan)",
    ["unit.div20"] = "20th Rifle Division",
    ["unit.div28"] = "28th Rifle Division",
    ["unit.div32"] = "32nd Rifle Division",
    ["unit.bde50"] = "50th Taman Brigade",
    ["unit.cav_a"] = "2nd Cavalry Corps (first division)",
    ["unit.cav_b"] = "2nd Cavalry Corps (second division)",
    ["unit.hq11"] = "11th Army command train (Levandovsky)",
    ["unit.ins_workers"] = "Baku workers' detachments",
    ["unit.ins_sailors"] = "Sailors of the port (Chingiz Ildrym)",
    ["unit.ins_balakhany"] = "Oilfield workers' detachment",
    ["unit.azra_1"] = "Baku garrison under Azrevkom",
    ["unit.dd_liebknecht"] = "Destroyer 'Karl Liebknecht'",
    ["unit.dd_deyatelny"] = "Destroyer 'Deyatelny' (Isakov)",
    ["unit.kozhanov"] = "Kozhanov's landing detachment",
    ["unit.post_yalama"] = "Yalama border post",
    ["unit.sqn_khachmaz"] = "Cavalry squadron (Khachmaz)",
    ["unit.div2"] = "2nd Infantry Division (Baku)",
    ["unit.gb_kars"] = "Gunboat 'Kars'",
    ["unit.gb_ardagan"] = "Gunboat 'Ardagan'",
    ["unit.regt_bal"] = "Baku garrison regiment",
    ["unit.regt_sum"] = "Sumgait detachment",
    ["unit.div1"] = "1st Infantry Division (Ganja)",
    ["unit.art_ganja"] = "Artillery brigade (Ganja)",
    ["unit.cav_tatar"] = "Tatar Cavalry Regiment",
    ["unit.cav_sheki"] = "Sheki Cavalry Regiment",
    ["unit.regt_kurd"] = "Kurdamir detachment",
    ["unit.adr_relief"] = "Regiment sent north from Ganja",
    ["unit.arm_dro2"] = "Armenian reinforcements from Zangezur",
    ["unit.arm_vol"] = "Armenian village fighters",
    ["unit.geo_bridge"] = "Georgian frontier force",
    ["msg.par"] = "The ADR side starts with the par: Red must do better than the Red Army did "
        .. "in 1920 to win.",
    ["msg.uprising"] = "Night of 26/27 April: Bolshevik workers' detachments and sailors rise in "
        .. "Baku and send the government an ultimatum [S0][S1].",
    ["msg.handover"] = "27 April: the military declare resistance impossible; parliament hands "
        .. "power to the Communist party and dissolves itself. The Baku garrison stands down "
        .. "and the rest of the army loses heart [S0][S1].",
    ["msg.no_handover"] = "What-if: parliament refuses the ultimatum and the garrison of Baku "
        .. "fights on.",
    ["msg.submit"] = "29 April: the Azrevkom places the ADR army under the command of the 11th "
        .. "Army [AZRA]. Many units go over; the rest waver.",
    ["msg.ssr"] = "28 April: the Azerbaijan SSR is proclaimed in Baku and asks the RSFSR for "
        .. "military aid [S0][S1].",
    ["msg.trains_baku_fast"] = "The armored trains are in Baku as early as in 1920 (morning of "
        .. "28 April) [S0]: +5 points.",
    ["msg.trains_baku"] = "The armored trains reach Baku, later than in 1920 (morning of 28 "
        .. "April) [S0].",
    ["msg.baku_taken"] = "Baku is under Red control.",
    ["msg.baku_retaken"] = "ADR troops are back in Baku.",
    ["msg.kurdamir"] = "Red cavalry at Kurdamir: the railway from Baku to Ganja is cut, as the "
        .. "2nd Cavalry Corps did in 1920 [S1].",
    ["msg.ganja"] = "Ganja, the ADR's second city, is in Red hands.",
    ["msg.khudat"] = "Khudat has fallen. War Minister Mehmandarov wires Shikhlinski at Ganja to "
        .. "send troops north [VES].",
    ["msg.karabakh_breach"] = "The ADR line in Karabakh is thin: Armenian forces advance.",
    ["msg.town_lost"] = "A Karabakh town the ADR left empty passes to the Armenian forces.",
    ["msg.georgia_war_crossing"] = "Red troops are at the Georgian frontier: Georgia answers with "
        .. "force [S4].",
    ["msg.georgia_war_date"] = "Early May: clashes break out on the Georgian frontier [S4][OWK].",
    ["msg.georgia_mobilizes"] = "1 May: Georgia orders mobilisation and names General "
        .. "Kvinitadze commander-in-chief [S4].",
    ["msg.flotilla"] = "1 May: ships of the Volga-Caspian flotilla arrive off Baku [RED].",
    ["msg.treaty"] = "7 May: Soviet Russia and Georgia sign the Treaty of Moscow; Russia "
        .. "recognises Georgia's independence and the fighting on the frontier stops [TREATY].",

    -- milestones
    ["ms.uprising"] = "Uprising in Baku",
    ["ms.submit"] = "ADR army under Red command",
    ["ms.ssr"] = "Azerbaijan SSR proclaimed",
    ["ms.baku_taken"] = "Baku taken",
    ["ms.ganja"] = "Ganja taken",
    ["ms.flotilla"] = "Flotilla at Baku",
    ["ms.karabakh_breach"] = "Armenian advance in Karabakh",
    ["ms.georgia_war"] = "War on the Georgian frontier",
    ["obj.r_baku_early"] = "Hold Baku and Baladzhary by 28 April, dusk",
    ["obj.r_baku"] = "Hold Baku and Baladzhary at the end",
    ["obj.r_coast"] = "Hold every coastal station from Yalama to Sumgait",
    ["obj.r_sweep"] = "Hold four of Kusary, Kuba, Shemakha, Akhsu, Kurdamir",
    ["obj.r_north"] = "Hold Khachmaz, Kuba and Shemakha by 29 April, dusk",
    ["obj.r_road"] = "Hold Kurdamir and Hajigabul by 2 May, dawn",
    ["obj.r_yevlakh"] = "Hold Yevlakh by 3 May, dawn",
    ["obj.r_ganja_early"] = "Hold Ganja by 3 May, dawn",
    ["obj.r_kura"] = "Hold Yevlakh and its Kura bridge",
    ["obj.r_ganja"] = "Hold Ganja",
    ["obj.r_trains"] = "Keep three armored trains",
    ["obj.a_ganja"] = "Hold Ganja",
    ["obj.a_karabakh"] = "Hold three of Shusha, Askeran, Khankendi, Agdam",
    ["obj.a_army"] = "Keep five units of the field army",
    ["obj.a_kura"] = "Hold Yevlakh and its Kura bridge until 2 May, dusk",
    ["obj.a_baku"] = "Hold Baku and Baladzhary at the end",

    -- place names on the map (place.<id>)
}
