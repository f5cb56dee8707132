-- history.lua - the Ganja revolt of May 1920 as a classroom replay (format: docs/classroom.md).
--
-- Both framings are attributed: Soviet encyclopedias call it a counter-revolutionary rebellion
-- [GSEG]; Azerbaijani historians and present-day English Wikipedia a popular uprising against
-- the occupation [S2][GANJA]. The sources agree on the start (night of 25/26 May) and the end
-- (31 May) but give no day-by-day positions; where the replay places units, the text says so.

local rebels = { "regt3", "battery", "sheki_team", "commandant", "gachag_gambar",
                 "sari_alakbar", "vill_1", "vill_2" }

local put_down = {}
for _, key in ipairs(rebels) do put_down[#put_down + 1] = { "remove", key } end
put_down[#put_down + 1] = { "owner", { col = 15, row = 32 }, "red" }
put_down[#put_down + 1] = { "owner", { col = 15, row = 33 }, "red" }
put_down[#put_down + 1] = { "owner", { col = 16, row = 31 }, "red" }

return {
  api = 1,
  scenario = "ganja",
  steps = {
    {
      id = "revolt",
      date = { month = 5, day = 26, half = "dawn" },
      sources = { "GANJA", "GSEG", "S2" },
      title = {
        en = "Night of 25/26 May: the garrison of Ganja rises",
        ru = "Ночь на 26 мая: восстание гарнизона Гянджи",
        az = "25-26 may gecəsi: Gəncə qarnizonu üsyan edir",
      },
      text = {
        en = "Units of the former ADR 1st Infantry Division - the 3rd Ganja Regiment, the "
          .. "training team of the Sheki cavalry, an artillery battery and the commandant's "
          .. "company - rose against Soviet rule and took the Muslim quarter of the city "
          .. "[GANJA][GSEG]. Soviet encyclopedias call it a counter-revolutionary rebellion "
          .. "[GSEG]; Azerbaijani historians and English Wikipedia call it a popular uprising "
          .. "against the occupation [S2][GANJA].",
        ru = "Части бывшей 1-й пехотной дивизии АДР — 3-й Гянджинский полк, учебная команда "
          .. "Шекинского конного полка, артиллерийская батарея и комендантская рота — восстали "
          .. "против советской власти и заняли мусульманскую часть города [GANJA][GSEG]. "
          .. "Советские энциклопедии называют это контрреволюционным мятежом [GSEG], "
          .. "азербайджанские историки и английская Википедия — народным восстанием против "
          .. "оккупации [S2][GANJA].",
        az = "Keçmiş ADR 1-ci piyada diviziyasının hissələri - 3-cü Gəncə alayı, Şəki süvari "
          .. "alayının təlim komandası, artilleriya batareyası və komendant bölüyü - sovet "
          .. "hakimiyyətinə qarşı qalxıb şəhərin müsəlman hissəsini tutdu [GANJA][GSEG]. Sovet "
          .. "ensiklopediyaları bunu əksinqilabi qiyam [GSEG], Azərbaycan tarixçiləri və "
          .. "ingilis Vikipediyası isə işğala qarşı xalq üsyanı adlandırır [S2][GANJA].",
      },
    },
    {
      id = "villagers",
      date = { month = 5, day = 27, half = "dawn" },
      sources = { "GANJA", "GANJARU" },
      title = {
        en = "27 May: villagers join; the 20th Division comes up",
        ru = "27 мая: к восставшим примыкают крестьяне; подходит 20-я дивизия",
        az = "27 may: kəndlilər qoşulur; 20-ci diviziya yaxınlaşır",
      },
      text = {
        en = "Gachag bands under Gachag Gambar, Sari Alakbar and others, and villagers from "
          .. "around the city, joined the rebels [GANJA]. Soviet units held the Armenian "
          .. "quarter; Russian Wikipedia adds Armenian militia and German colonists from "
          .. "Helenendorf on the Soviet side [GANJARU]. Reinforcements of the 11th Army came up "
          .. "the railway from Yevlakh; the replay's timing of their arrival is the game's.",
        ru = "К восставшим присоединились отряды гачагов Гачага Гамбара, Сары Алекпера и "
          .. "других и крестьяне окрестных сёл [GANJA]. Советские части удерживали армянскую "
          .. "часть города; русская Википедия называет на советской стороне также армянских "
          .. "ополченцев и немецких колонистов из Еленендорфа [GANJARU]. Подкрепления 11-й "
          .. "армии шли по железной дороге из Евлаха; сроки их прибытия в реплее — игровые.",
        az = "Qaçaq Qəmbər, Sarı Ələkbər və başqalarının qaçaq dəstələri, ətraf kəndlərin "
          .. "kəndliləri üsyançılara qoşuldu [GANJA]. Sovet hissələri şəhərin erməni hissəsini "
          .. "saxlayırdı; rus Vikipediyası sovet tərəfində erməni silahlılarını və "
          .. "Yelenendorfdan alman kolonistlərini də göstərir [GANJARU]. 11-ci ordunun "
          .. "əlavə qüvvələri Yevlaxdan dəmir yolu ilə gəlirdi; replayda gəliş vaxtları "
          .. "oyun üçün seçilib.",
      },
      orders = {
        { "div20", { col = 18, row = 32 } },
      },
    },
    {
      id = "assaults",
      date = { month = 5, day = 29, half = "dawn" },
      sources = { "GANJA", "GSEG" },
      title = {
        en = "29 May: the assaults fail",
        ru = "29 мая: штурмы отбиты",
        az = "29 may: hücumlar dəf edilir",
      },
      text = {
        en = "An older version of the English Wikipedia article says that repeated Soviet "
          .. "assaults on the city failed on 29 May [GANJA]. How many fought is disputed: about "
          .. "1,800 garrison troops in one account, 10,000 to 12,000 with the villagers and "
          .. "three batteries in others [GSEG][GANJA]. The replay shows no battles: it keeps the "
          .. "rebels in their quarter and brings the Soviet units up around it.",
        ru = "Более ранняя редакция статьи английской Википедии сообщает, что 29 мая повторные "
          .. "советские штурмы города провалились [GANJA]. Численность спорна: около 1800 "
          .. "солдат гарнизона по одному источнику, 10–12 тысяч вместе с крестьянами и тремя "
          .. "батареями по другим [GSEG][GANJA]. Реплей не показывает боёв: восставшие "
          .. "остаются в своём квартале, советские части подтягиваются вокруг.",
        az = "İngilis Vikipediyası məqaləsinin əvvəlki variantına görə 29 mayda şəhərə "
          .. "təkrarlanan sovet hücumları uğursuz oldu [GANJA]. Döyüşənlərin sayı mübahisəlidir: "
          .. "bir mənbədə qarnizonun təxminən 1800 əsgəri, başqalarında kəndlilər və üç "
          .. "batareya ilə birlikdə 10-12 min nəfər [GSEG][GANJA]. Replay döyüşləri göstərmir: "
          .. "üsyançılar öz məhəllələrində qalır, sovet hissələri ətrafa toplanır.",
      },
      orders = {
        { "at_ganja", "ganja" },
        { "div_more", { col = 17, row = 31 } },
      },
    },
    {
      id = "suppressed",
      date = { month = 5, day = 31, half = "dawn" },
      sources = { "GSEG", "GANJA", "GANJARU" },
      title = {
        en = "31 May: the revolt is put down",
        ru = "31 мая: восстание подавлено",
        az = "31 may: üsyan yatırılır",
      },
      text = {
        en = "The 11th Army took the city back and the revolt was over by 31 May [GSEG][GANJA]. "
          .. "The losses are uncertain: one summary gives a range of 800 to 8,500 without "
          .. "saying clearly whose [GANJA]. Azerbaijani historians count Ganja among the "
          .. "uprisings against the Soviet occupation of 1920-1921 [S2]; Soviet works as a "
          .. "rebellion put down [GSEG].",
        ru = "11-я армия вновь заняла город, и к 31 мая восстание было подавлено [GSEG][GANJA]. "
          .. "Потери неизвестны: в одной сводке приводится разброс от 800 до 8500 без ясного "
          .. "указания, чьи это потери [GANJA]. Азербайджанские историки относят Гянджу к "
          .. "восстаниям против советской оккупации 1920–1921 годов [S2], советские работы — "
          .. "к подавленным мятежам [GSEG].",
        az = "11-ci ordu şəhəri geri aldı və 31 maya qədər üsyan yatırıldı [GSEG][GANJA]. "
          .. "İtkilər dəqiq deyil: bir xülasədə kimin itkisi olduğu aydın göstərilmədən 800-dən "
          .. "8500-ə qədər rəqəm verilir [GANJA]. Azərbaycan tarixçiləri Gəncəni 1920-1921-ci "
          .. "illərdə sovet işğalına qarşı üsyanlar sırasına aid edir [S2], sovet əsərləri isə "
          .. "yatırılmış qiyamlar sırasına [GSEG].",
      },
      effects = put_down,
      orders = {
        { "r178", "ganja" },
        { "div20", { col = 15, row = 32 } },
      },
    },
  },
}
