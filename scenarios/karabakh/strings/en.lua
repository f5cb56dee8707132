-- English strings for the Karabakh dilemma. Facts carry their source tags; the wording is the
-- project's own. Partisan figures are marked as such.
return {
    title = "The Karabakh Dilemma, 27 April - 2 May 1920",
    desc = "You command the ADR's strongest force, far from the capital, facing Armenian "
        .. "forces in the Karabakh highlands. The Red Army is across the Samur and Baku calls for "
        .. "troops. Hold Shusha, Askeran and Khankendi, or march for the railway at Yevlakh and "
        .. "try to keep the road to Baku open? 12 half-day turns; the ADR side is recommended.",

    ["opt.handover.name"] = "Parliament hands over power",
    ["opt.handover.note"] = "Historical: on. On 27 April parliament in Baku handed power to the "
        .. "Communist party [S0][S1]. On: the news reaches the front that evening and every ADR "
        .. "unit loses a point of morale.",
    ["opt.dro.name"] = "Dro's forces from Zangezur",
    ["opt.dro.note"] = "Historical: on. According to an Armenian source, General Dro was sent "
        .. "back to Karabakh on 17 April 1920; Veselov also names him as the Armenian commander "
        .. "[VES]. Zangezur was largely outside ADR control. On: an Armenian detachment (strength "
        .. "a game estimate) stands at Goris.",
    ["opt.truce.name"] = "Truce in Karabakh",
    ["opt.truce.note"] = "Historical: off. Baku asked the powers to press Armenia to stop "
        .. "fighting so that troops could move north, without success [S0]. On: the ADR and "
        .. "Armenia start at peace; the truce breaks if the ADR line thins.",

    ["brief.1.title"] = "The front in the hills",
    ["brief.1.text"] = "Since the Armenian rising of 22/23 March 1920 the ADR had fought around "
        .. "Shusha, Askeran and Khankendi [TGME]. Its Karabakh detachment under Mahmud-bek "
        .. "Zeynalov, with governor-general Khosrov-bek Sultanov, was the main ADR field force "
        .. "[VES][S0].",
    ["brief.2.title"] = "The call from Baku",
    ["brief.2.text"] = "On 27 April, after Khudat fell, War Minister Mehmandarov wired General "
        .. "Javad-bey Shikhlinski at Ganja to send troops north [VES]. There was no railway into "
        .. "Karabakh: troops had to march down through Agdam and Barda to Yevlakh, several days "
        .. "away [YEV].",
    ["brief.3.title"] = "The cavalry sweep",
    ["brief.3.text"] = "The Red 2nd Cavalry Corps rode inland to Kuba, Shemakha, Akhsu and "
        .. "Kurdamir, cutting the ADR's main forces off from Baku [S1]. In this scenario it "
        .. "appears at Hajigabul on 29 April, infantry at Alyat a day later.",
    ["brief.4.title"] = "How to win",
    ["brief.4.text"] = "The ADR scores for holding three Karabakh towns and Shusha, for having a "
        .. "unit at Ujar or Kurdamir by 29 April at dusk, for holding Yevlakh and its Kura bridge, "
        .. "and for keeping six units. Armenia scores for each of Askeran, Khankendi, Shusha and "
        .. "Agdam it holds, for Goris and for keeping three units. Thin the Karabakh line too far "
        .. "and the Armenian forces attack; from then on every town the ADR leaves empty passes "
        .. "to them.",
    ["note.march.title"] = "March 1920",
    ["note.march.text"] = "An Azerbaijani-perspective account describes an Armenian rising during "
        .. "Novruz, on the night of 22/23 March 1920, and the ADR response [TGME]; an "
        .. "Armenian-perspective account describes Azerbaijani attacks and Armenian self-defence "
        .. "[ROOTS]. Both record fighting around Shusha, Askeran and Khankendi and the destruction "
        .. "of Shusha's Armenian quarter.",
    ["note.numbers.title"] = "Numbers",
    ["note.numbers.text"] = "The only figures found come from partisan sources: about 2,000 "
        .. "Armenians against about 3,000 Azerbaijani troops on the Askeran front, and about 600 "
        .. "horsemen under Sultanov [ROOTS]. No neutral figure was found; every strength here is "
        .. "a game estimate.",
    ["note.road.title"] = "No railway",
    ["note.road.text"] = "A narrow-gauge line from Yevlakh through Barda and Agdam to Khankendi "
        .. "was begun in 1912 but opened only in 1942 [YEV]. In 1920 troops walked.",
    ["note.civilians.title"] = "Civilians",
    ["note.civilians.text"] = "The fighting in Karabakh fell hard on villagers of both "
        .. "communities, and the sources on each side dwell on the other's violence "
        .. "[TGME][ROOTS]. The game has no mechanic for harming civilians and scores only "
        .. "military objectives.",
    ["note.after.title"] = "Afterwards",
    ["note.after.text"] = "After the ADR fell, Armenian troops took over disputed areas; Soviet "
        .. "and former ADR troops then drove them out, and Shusha was taken on 5 June 1920 [AND]. "
        .. "Azerbaijani historians count the Karabakh uprising of 1920 among the risings against "
        .. "Soviet rule [S2].",

    ["unit.cav_sultanov"] = "Sultanov's horsemen",
    ["unit.regt_terter"] = "Terter reserve",
    ["unit.regt_yevlakh"] = "Yevlakh station guard",
    ["unit.arm_kar2"] = "Varanda fighters",
    ["unit.arm_zang"] = "Detachment from Zangezur",
    ["unit.arm_zang2"] = "Zangezur reinforcements",
    ["unit.arm_vill"] = "Armenian village fighters",
    ["unit.red_cav1"] = "2nd Cavalry Corps",
    ["unit.red_div1"] = "11th Army rifle division",

    ["msg.start"] = "27 April, dawn. News comes from the north: the Red Army has crossed the "
        .. "Samur [S0].",
    ["msg.truce"] = "What-if: a truce holds in Karabakh for now.",
    ["msg.call"] = "Khudat has fallen. The War Minister wires Ganja: send troops north [VES]. "
        .. "Will you weaken the Karabakh line?",
    ["msg.handover"] = "27 April: parliament in Baku hands power to the Communist party. The "
        .. "news shakes the army [S0][S1].",
    ["msg.breach"] = "The ADR line in Karabakh is thin: Armenian forces attack.",
    ["msg.relief"] = "ADR troops have reached the main line east of Yevlakh.",
    ["msg.town_lost"] = "A town the ADR left empty passes to the Armenian forces.",
    ["msg.shusha_lost"] = "Shusha is in Armenian hands.",
    ["msg.kurdamir"] = "Red cavalry at Kurdamir: the road to Baku is cut [S1].",

    ["ms.breach"] = "Armenian attack in Karabakh",
    ["ms.relief"] = "Troops reach the main line",
    ["obj.a_karabakh"] = "Hold three of Shusha, Askeran, Khankendi, Agdam",
    ["obj.a_shusha"] = "Hold Shusha",
    ["obj.a_relief"] = "Hold Ujar or Kurdamir by 29 April, dusk",
    ["obj.a_kura"] = "Hold Yevlakh and its Kura bridge at the end",
    ["obj.a_army"] = "Keep six units of the field army",
    ["obj.ar_askeran"] = "Hold Askeran",
    ["obj.ar_khankendi"] = "Hold Khankendi",
    ["obj.ar_shusha"] = "Hold Shusha",
    ["obj.ar_agdam"] = "Hold Agdam",
    ["obj.ar_forces"] = "Keep three Armenian units in the field",
    ["obj.ar_zangezur"] = "Hold Goris (Zangezur)",

}
