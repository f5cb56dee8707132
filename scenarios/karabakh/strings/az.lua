-- "Qarabağ dilemması" ssenarisinin Azərbaycan dilində sətirləri. Faktlar mənbə işarəsi ilə
-- verilir; tərəfli mənbələrin rəqəmləri qeyd olunub.
return {
    title = "Qarabağ dilemması, 27 aprel – 2 may 1920",
    desc = "Siz paytaxtdan uzaqda, Qarabağ dağlarında erməni qüvvələrinə qarşı duran AXC-nin "
        .. "ən güclü qrupuna komandanlıq edirsiniz. Qırmızı Ordu Samuru keçib, Bakı qoşun istəyir. "
        .. "Şuşa, Əsgəran və Xankəndini saxlamaq, yoxsa Yevlaxda dəmir yoluna gedib Bakı yolunu "
        .. "açıq saxlamağa çalışmaq? Yarım günlük 12 gediş; AXC tərəfi tövsiyə olunur.",

    ["opt.handover.name"] = "Parlament hakimiyyəti təhvil verir",
    ["opt.handover.note"] = "Tarixdə olduğu kimi: açıq. 27 apreldə Bakıda parlament hakimiyyəti "
        .. "kommunist partiyasına verdi [S0][S1]. Açıq: xəbər axşam cəbhəyə çatır, hər AXC "
        .. "hissəsi bir vahid ruh yüksəkliyi itirir.",
    ["opt.dro.name"] = "Dronun Zəngəzurdan qüvvələri",
    ["opt.dro.note"] = "Tarixdə olduğu kimi: açıq. Erməni mənbəyinə görə general Dro 17 aprel "
        .. "1920-ci ildə yenidən Qarabağa göndərilib; Veselov da onu erməni qüvvələrinin komandanı "
        .. "kimi göstərir [VES]. Zəngəzur əsasən AXC nəzarətindən kənarda idi. Açıq: Gorusda "
        .. "erməni dəstəsi durur (gücü oyun təxminidir).",
    ["opt.truce.name"] = "Qarabağda atəşkəs",
    ["opt.truce.note"] = "Tarixdə olduğu kimi: bağlı. Bakı döyüşləri dayandırıb qoşunları şimala "
        .. "köçürmək üçün dövlətlərdən Ermənistana təzyiq göstərməyi istədi, nəticəsiz [S0]. "
        .. "Açıq: AXC və Ermənistan sülhdə başlayır; AXC xətti zəifləsə atəşkəs pozulur.",

    ["brief.1.title"] = "Dağlarda cəbhə",
    ["brief.1.text"] = "1920-ci il 22/23 mart gecəsi erməni üsyanından sonra AXC Şuşa, Əsgəran "
        .. "və Xankəndi ətrafında döyüşürdü [TGME]. Məhəmməd bəy Zeynalovun Qarabağ dəstəsi "
        .. "general-qubernator Xosrov bəy Sultanovla birlikdə AXC-nin əsas səhra qüvvəsi idi "
        .. "[VES][S0].",
    ["brief.2.title"] = "Bakının çağırışı",
    ["brief.2.text"] = "27 apreldə Xudat düşəndən sonra hərbi nazir Mehmandarov Gəncədə general "
        .. "Cavad bəy Şıxlinskiyə qoşunları şimala göndərmək üçün teleqram vurdu [VES]. Qarabağa "
        .. "dəmir yolu yox idi: qoşunlar Ağdam və Bərdə ilə Yevlaxa bir neçə gün piyada "
        .. "getməli idi [YEV].",
    ["brief.3.title"] = "Süvari dövrəsi",
    ["brief.3.text"] = "Qırmızı II Süvari Korpusu Quba, Şamaxı və Ağsu ilə Kürdəmirə irəliləyib "
        .. "AXC-nin əsas qüvvələrini Bakıdan kəsdi [S1]. Ssenaridə o, 29 apreldə Hacıqabulda, "
        .. "piyada isə bir gün sonra Ələtdə görünür.",
    ["brief.4.title"] = "Necə qalib gəlmək olar",
    ["brief.4.text"] = "AXC Qarabağın üç şəhəri və Şuşa, 29 aprel axşamınadək Ucar və ya "
        .. "Kürdəmirdə bir hissə, Yevlax və Kür körpüsü, qorunan altı hissə üçün xal alır. "
        .. "Ermənistan saxladığı hər şəhər (Əsgəran, Xankəndi, Şuşa, Ağdam), Gorus və qorunan üç "
        .. "hissə üçün. Qarabağ xəttini həddən artıq zəiflətsəniz, erməni qüvvələri hücuma keçir "
        .. "və bundan sonra AXC-nin boş qoyduğu hər şəhər onlara keçir.",
    ["note.march.title"] = "1920-ci ilin martı",
    ["note.march.text"] = "Azərbaycan mətni Novruzda, 1920-ci il 22/23 mart gecəsi erməni "
        .. "üsyanını və AXC-nin cavabını təsvir edir [TGME]; erməni mətni isə Azərbaycan "
        .. "hücumlarını və erməni özünümüdafiəsini [ROOTS]. Hər ikisi Şuşa, Əsgəran və Xankəndi "
        .. "ətrafında döyüşlərdən və Şuşanın erməni məhəlləsinin dağıdılmasından danışır.",
    ["note.numbers.title"] = "Rəqəmlər",
    ["note.numbers.text"] = "Yalnız tərəfli mənbələrin rəqəmləri tapılıb: Əsgəran cəbhəsində "
        .. "təxminən 3000 Azərbaycan əsgərinə qarşı təxminən 2000 erməni və Sultanovun təxminən "
        .. "600 atlısı [ROOTS]. Neytral rəqəm yoxdur; buradakı bütün güclər oyun təxminidir.",
    ["note.road.title"] = "Dəmir yolu yox idi",
    ["note.road.text"] = "Yevlaxdan Bərdə və Ağdamla Xankəndiyə dar relsli yolun tikintisinə "
        .. "1912-ci ildə başlanmış, amma o, yalnız 1942-ci ildə açılmışdı [YEV]. 1920-ci ildə "
        .. "qoşunlar piyada gedirdi.",
    ["note.civilians.title"] = "Dinc əhali",
    ["note.civilians.text"] = "Qarabağdakı döyüşlər hər iki icmanın kəndlərinə ağır zərbə vurdu, "
        .. "hər tərəfin mənbələri isə ilk növbədə o biri tərəfin zorakılığından danışır "
        .. "[TGME][ROOTS]. Oyunda dinc əhaliyə zərər mexanikası yoxdur; yalnız hərbi məqsədlər "
        .. "sayılır.",
    ["note.after.title"] = "Sonra",
    ["note.after.text"] = "AXC süqut etdikdən sonra erməni qoşunları mübahisəli əraziləri tutdu; "
        .. "sonra sovet və keçmiş AXC qoşunları onları çıxardı, 5 iyun 1920-ci ildə Şuşa alındı "
        .. "[AND]. Azərbaycan tarixçiləri 1920-ci il Qarabağ üsyanını sovet hakimiyyətinə qarşı "
        .. "üsyanlar sırasında sayır [S2].",

    ["unit.cav_sultanov"] = "Sultanovun atlıları",
    ["unit.regt_terter"] = "Tərtər ehtiyatı",
    ["unit.regt_yevlakh"] = "Yevlax stansiyasının mühafizəsi",
    ["unit.arm_kar2"] = "Varanda silahlıları",
    ["unit.arm_zang"] = "Zəngəzurdan dəstə",
    ["unit.arm_zang2"] = "Zəngəzurdan əlavə qüvvələr",
    ["unit.arm_vill"] = "Erməni kənd silahlıları",
    ["unit.red_cav1"] = "II Süvari Korpusu",
    ["unit.red_div1"] = "XI Ordunun atıcı diviziyası",

    ["msg.start"] = "27 aprel, səhər. Şimaldan xəbər: Qırmızı Ordu Samuru keçib [S0].",
    ["msg.truce"] = "Bəs əgər: Qarabağda hələlik atəşkəs saxlanılır.",
    ["msg.call"] = "Xudat düşdü. Hərbi nazir Gəncəyə teleqram vurur: qoşunları şimala göndərin "
        .. "[VES]. Qarabağ xəttini zəiflədəcəksinizmi?",
    ["msg.handover"] = "27 aprel: Bakıda parlament hakimiyyəti kommunist partiyasına verir. "
        .. "Xəbər ordunu sarsıdır [S0][S1].",
    ["msg.breach"] = "AXC-nin Qarabağ xətti zəifləyib: erməni qüvvələri hücuma keçir.",
    ["msg.relief"] = "AXC qoşunları Yevlaxdan şərqdə magistrala çatdı.",
    ["msg.town_lost"] = "AXC-nin boş qoyduğu şəhər erməni qüvvələrinə keçir.",
    ["msg.shusha_lost"] = "Şuşa erməni qüvvələrinin əlindədir.",
    ["msg.kurdamir"] = "Qırmızı süvarilər Kürdəmirdədir: Bakı yolu kəsilib [S1].",

    ["ms.breach"] = "Qarabağda erməni hücumu",
    ["ms.relief"] = "Qoşunlar magistrala çatdı",
    ["obj.a_karabakh"] = "Şuşa, Əsgəran, Xankəndi, Ağdamdan üçünü saxlamaq",
    ["obj.a_shusha"] = "Şuşanı saxlamaq",
    ["obj.a_relief"] = "29 aprel axşamınadək Ucar və ya Kürdəmiri tutmaq",
    ["obj.a_kura"] = "Sonda Yevlaxı və Kür körpüsünü saxlamaq",
    ["obj.a_army"] = "Səhra ordusunun altı hissəsini qorumaq",
    ["obj.ar_askeran"] = "Əsgəranı saxlamaq",
    ["obj.ar_khankendi"] = "Xankəndini saxlamaq",
    ["obj.ar_shusha"] = "Şuşanı saxlamaq",
    ["obj.ar_agdam"] = "Ağdamı saxlamaq",
    ["obj.ar_forces"] = "Üç erməni hissəsini qorumaq",
    ["obj.ar_zangezur"] = "Gorusu (Zəngəzur) saxlamaq",

}
