-- English strings for the armored-train dash. Facts carry their source tags; the wording is
-- the project's own.
return {
    title = "The Armored-Train Dash, 27-28 April 1920",
    desc = "Four armored trains of the 11th Red Army and their landing parties cross the Samur "
        .. "and race down the single-track coastal line past the ADR border posts at Yalama and "
        .. "Khudat. In 1920 they were in Baku on the morning of 28 April. Can you match them? "
        .. "6 half-day turns; a good first scenario.",
    ["opt.sarvan.name"] = "Rails pulled up at Sarvan",
    ["opt.sarvan.note"] = "Historical: on, with a caveat. Only an Azerbaijani-oriented account "
        .. "tells of villagers under Gachag Mayil blocking the line near Sarvan (Divichi "
        .. "district) on 27 April [SARV]; no Soviet source found mentions it. On: the rails at "
        .. "Divichi are pulled up on 27 April and a repair train must mend them.",
    ["opt.handover.name"] = "Parliament hands over power",
    ["opt.handover.note"] = "Historical: on. On 27 April parliament handed power to the "
        .. "Communist party and dissolved itself [S0][S1]; the Baku garrison did not fight. Off: "
        .. "the garrison holds Baku and Baladzhary.",
    ["opt.echelon.name"] = "Infantry echelon",
    ["opt.echelon.note"] = "Historical: on. Trains with infantry followed the armored trains "
        .. "[S0]; which units and how many is not known. On: a rifle brigade (game estimate) "
        .. "arrives at the Samur siding on 27 April at dusk.",

    ["brief.1.title"] = "The dash",
    ["brief.1.text"] = "On the night of the Baku uprising a group of four armored trains with a "
        .. "landing force set off for Azerbaijan. They halted before the Samur river, at Yalama "
        .. "and at Khudat, cutting the telephone and telegraph wires at each stop, and broke "
        .. "into Baku early on 28 April [S0].",
    ["brief.2.title"] = "What stands in the way",
    ["brief.2.text"] = "Small posts. At Yalama the train group's commander M. G. Efremov reported "
        .. "a two-hour fight with two infantry companies, gendarmes, a cavalry squadron and two "
        .. "guns [SOL] (a Soviet report; no ADR account found). Your landing parties can leave "
        .. "the trains to take stations; the trains' guns reach two hexes along the track.",
    ["brief.3.title"] = "How to win",
    ["brief.3.text"] = "Get an armored train into Baku or Baladzhary: 30 points by 28 April at "
        .. "dawn (as in 1920), 10 fewer for each half day later. Take both border stations by 27 "
        .. "April at dusk, hold the whole coastal line at the end and keep all four trains. The "
        .. "ADR scores every turn for each station of the line it still holds, for holding two "
        .. "stations at the end, and for wiping out the landing parties.",
    ["note.trains.title"] = "Which four trains?",
    ["note.trains.text"] = "An armored-train history lists No. 61 'III Internatsional', No. 209 "
        .. "'Krasnaya Astrakhan', No. 55 'Krasny Dagestan' and No. 65 'Timofei Ulyantsev' [AT]; "
        .. "Solomin's biography of Levandovsky lists '3rd International', 'Za vlast Sovetov', "
        .. "'Krasny Dagestan' and 'Mikhail Ulyantsev' [SOL], and has them start from Derbent "
        .. "rather than the Samur siding. The game uses the first list.",
    ["note.dates.title"] = "The night in question",
    ["note.dates.text"] = "Veselov has the first train, 'III Internatsional', over the Samur "
        .. "bridge on the night of 26/27 April [VES]; the GSE has the trains start on 27 April; "
        .. "the museum text says the night of 28 April [S1]. All agree on the arrival in Baku on "
        .. "the morning of 28 April, which is where this scenario sets its clock.",
    ["note.sarvan.title"] = "Sarvan",
    ["note.sarvan.text"] = "The Sarvan episode is known only from an Azerbaijani-oriented page "
        .. "[SARV]: local fighters under Gachag Mayil, with his son Ibrahim, an ADR soldier, "
        .. "pulled up rails to stop the trains. It is kept as an option; the Soviet accounts "
        .. "found speak of no serious resistance [S0].",
    ["note.line.title"] = "The line",
    ["note.line.text"] = "The coastal railway from Derbent to Baladzhary opened in 1900 and was a "
        .. "single track [RAIL]. It runs on a narrow plain between the sea and the Caucasus "
        .. "foothills; the stations named in the sources are Yalama, Khudat and Khachmaz [S0].",
    ["note.strength.title"] = "Strengths",
    ["note.strength.text"] = "No strength is known for the landing parties or the trains' "
        .. "guns. The ADR Yalama force follows the one Soviet report [SOL]; every other value is "
        .. "a game estimate.",

    ["unit.land61a"] = "Landing party, 1st company",
    ["unit.land61b"] = "Landing party, 2nd company",
    ["unit.land55"] = "Landing party, 3rd company",
    ["unit.bde_echelon"] = "Infantry echelon",
    ["unit.post_yalama"] = "Yalama border companies",
    ["unit.guns_yalama"] = "Two guns (Yalama)",
    ["unit.sqn_yalama"] = "Cavalry squadron",
    ["unit.post_khachmaz"] = "Khachmaz post",
    ["unit.regt_bal"] = "Baladzhary garrison",
    ["unit.regt_baku"] = "Baku garrison",
    ["unit.adr_kyzyl"] = "Troops sent to Kyzyl-Burun",
    ["msg.start"] = "27 April, dawn. The trains stand before the Samur. Cut the wires, take the "
        .. "posts, and run for Baku.",
    ["msg.yalama"] = "Yalama is taken. Efremov's report speaks of a two-hour fight here [SOL].",
    ["msg.khudat"] = "Khudat has fallen. War Minister Mehmandarov wires Ganja to send troops "
        .. "north toward Kyzyl-Burun [VES].",
    ["msg.handover"] = "27 April: parliament hands power to the Communist party and dissolves "
        .. "itself; the Baku garrison stands down [S0][S1].",
    ["msg.arrived_history"] = "An armored train is in Baku by the morning of 28 April, as in "
        .. "1920 [S0]: +30 points.",
    ["msg.arrived_late"] = "An armored train reaches Baku, later than in 1920: fewer points.",
    ["ms.khudat"] = "Khudat taken",
    ["obj.r_border"] = "Take Yalama and Khudat by 27 April, dusk",
    ["obj.r_line"] = "Hold every coastal station at the end",
    ["obj.a_hold_line"] = "Hold two of Khachmaz, Divichi, Siyazan, Sumgait",
    ["obj.r_trains"] = "Keep all four armored trains",
    ["obj.a_border"] = "Hold Yalama or Khudat until 27 April, dusk",
    ["obj.a_trains"] = "Destroy the landing parties",
}
