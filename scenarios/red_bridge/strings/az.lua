-- "Qırmızı körpü" ssenarisinin Azərbaycan dilində sətirləri. Faktlar mənbə işarəsi ilə
-- verilir; mənbələr susduqda mətn bunu açıq deyir.
return {
    title = "Qırmızı körpü, 3–7 may 1920",
    desc = "Məlum sərhədlər daxilində «bəs əgər». 1920-ci ilin may ayının əvvəlində qırmızı "
        .. "dəstələr Sovet Azərbaycanından Gürcüstana keçdi və geri atıldı; 7 mayda Moskva "
        .. "Gürcüstanı tanıdı. Döyüşlərin dəqiq harada getdiyi yazılmayıb: ssenari toqquşmanı bu "
        .. "sərhəddə vacib olan keçidlərdə — Kür üzərində Poylu və Xram üzərində Qırmızı körpü "
        .. "(Sınıq körpü) yanında qurur. Yarım günlük 9 gediş.",

    ["opt.red_reserve.name"] = "Moskva tam diviziya göndərir",
    ["opt.red_reserve.note"] = "Tarixdə olduğu kimi: bağlı. Lenin Polşa ilə müharibə gedərkən "
        .. "ikinci cəbhəni çox baha saydı və danışıqları seçdi [S4]. Açıq: 4 mayda Ağstafaya "
        .. "atıcı diviziya gəlir.",
    ["opt.mobilization.name"] = "Gürcüstanda səfərbərlik",
    ["opt.mobilization.note"] = "Tarixdə olduğu kimi: açıq. 1 mayda Gürcüstan səfərbərlik elan "
        .. "edib general Kvinitadzeni baş komandan təyin etdi [S4]. Açıq: 4 mayda Tiflisdən "
        .. "nizami hissələr və Xalq Qvardiyası batalyonları gəlir (sayları təxminidir).",
    ["opt.cadets.name"] = "Hərbi məktəb dayandı",
    ["opt.cadets.note"] = "Tarixdə olduğu kimi: açıq. 2/3 may gecəsi təxminən 25 bolşevik Tiflis "
        .. "hərbi məktəbinə hücum etdi; Kvinitadze və kursantlar onları geri oturtdu [S4]. Açıq: "
        .. "gürcü hissələri bir vahid yüksək ruhla başlayır.",

    ["brief.1.title"] = "Bakıdan sonra",
    ["brief.1.text"] = "Bakı sovet əlinə keçəndən sonra qırmızı dəstələr dəmir yolu ilə qərbə, "
        .. "Gürcüstan sərhədinə irəlilədi. 1919-cu ildən Azərbaycanla müdafiə ittifaqında olan "
        .. "Gürcüstan qarışmamışdı; 30 apreldə baş nazir Noy Jordaniya hücum olarsa Gürcüstanın "
        .. "özünü müdafiə edəcəyini bildirdi [S4].",
    ["brief.2.title"] = "Hücum və əks-hücum",
    ["brief.2.text"] = "Qırmızı hissələr, görünür, Orconikidzenin öz təşəbbüsü ilə sərhədi "
        .. "keçdi. Gürcüstan qüvvələrini toplayıb onları dayandırdı, Moskva isə toqquşmanı "
        .. "Gürcüstanla Sovet Azərbaycanı arasında yerli məsələ kimi təqdim etdi [S4][OWK].",
    ["brief.3.title"] = "Necə qalib gəlmək olar",
    ["brief.3.text"] = "Hər iki tərəf sonda Qırmızı körpü, Poylu keçidi və Qarayazı stansiyası "
        .. "üçün xal alır; qırmızılar həm də Ağstafa və Tovuzu saxlamaq, Gürcüstan isə dörd "
        .. "hissəni qorumaq üçün. Gürcüstan 1920-ci ildə olduğu kimi körpüləri saxlasa, cüzi "
        .. "üstünlüklə qalib gəlir. 7 may Moskva müqaviləsi oyunu bitirir.",

    ["note.gap.title"] = "Nəyi bilmirik",
    ["note.gap.text"] = "Tapılan heç bir mənbə 1920-ci ilin may döyüşlərinin hissələrini, "
        .. "günlərini və yerlərini vermir; Poylu və Qırmızı körpüdən hansının saxlanıldığı və ya "
        .. "itirildiyi məlum deyil. Mənbələr yalnız hücumu, gürcü əks-hücumunu və müqaviləni "
        .. "təsdiqləyir [S4][OWK]. Qalan hər şey inandırıcı bərpadır.",
    ["note.forces.title"] = "Qüvvələr təxminidir",
    ["note.forces.text"] = "Gürcüstan ordusu 1920-ci ildə təxminən 27 000 nizami əsgər və dörd "
        .. "zirehli qatar kimi göstərilir [GEOMIL], Xalq Qvardiyası isə 2000 daimi döyüşçü və "
        .. "300–800 nəfərlik ərazi batalyonları kimi [PG]; hər iki rəqəm etibarsızdır. Bu "
        .. "sərhəddə hansı hissələrin durduğu və hansı qırmızı hissələrin onu keçdiyi yazılmayıb. "
        .. "Bütün hissələr və güclər oyun təxminləridir.",
    ["note.places.title"] = "Yerlər",
    ["note.places.text"] = "Bakı–Tiflis dəmir yolu Kürü Poyluda keçir və sərhədə Böyük Kəsikdə "
        .. "çatır [RAIL]. Qırmızı körpü köhnə Tiflis yolunu Xramın Kürə töküldüyü yerin "
        .. "yaxınlığında çaydan keçirir. Eyni keçidlər uğrunda 1921-ci ilin fevralında yenə "
        .. "döyüşüldü.",
    ["note.treaty.title"] = "Moskva müqaviləsi",
    ["note.treaty.text"] = "7 may 1920-ci ildə L. Qaraxan və Q. Uratadze tərəfindən imzalandı: "
        .. "Rusiya Gürcüstanın müstəqilliyini tanıdı, Gürcüstan Rusiyaya düşmən qüvvələrə "
        .. "sığınacaq verməməyi öhdəsinə götürdü, sərhəd Zaqatala dairəsinin sərhədi ilə keçdi "
        .. "[TREATY][OWK].",
    ["note.later.title"] = "Sonra",
    ["note.later.text"] = "Sülh bir ildən az sürdü: 1921-ci ilin fevralında XI Ordu Gürcüstana "
        .. "soxuldu və Tiflisə gedərkən Qırmızı körpünü və Poylunu aldı.",

    ["unit.red_adv"] = "Qabaqcıl dəstə (XI Ordu)",
    ["unit.red_cav"] = "Süvari dəstəsi (XI Ordu)",
    ["unit.red_bde2"] = "Atıcı dəstə (XI Ordu)",
    ["unit.red_at"] = "XI Ordunun zirehli qatarı",
    ["unit.red_div"] = "Atıcı diviziya («bəs əgər»)",
    ["unit.geo_bridge"] = "Qırmızı körpüdə sərhəd dəstəsi",
    ["unit.geo_cav1"] = "Gürcü süvariləri",
    ["msg.start"] = "3 may, səhər. Qırmızı dəstələr Gürcüstan sərhədində durur; Gürcüstan "
        .. "səfərbər olub. Bu döyüşlərin günləri və yerləri yazılmayıb: sonrası bərpadır.",
    ["msg.cadets"] = "Tiflisdə hərbi məktəbə gecə hücumu uğursuz oldu; bütün Gürcüstanda "
        .. "bolşeviklər həbs edilir [S4].",
    ["msg.bridge_lost"] = "Qırmızılar Qırmızı körpünü keçdi.",
    ["msg.bridge_back"] = "Gürcü qoşunları yenidən Qırmızı körpünü tutur.",
    ["msg.poili"] = "Gürcü qoşunları Poyluda Kürə çatdı.",
    ["msg.treaty"] = "7 may: Moskva müqaviləsi imzalandı. Rusiya Gürcüstanın müstəqilliyini "
        .. "tanıyır, döyüşlər dayanır [TREATY].",

    ["ms.cadets"] = "Hərbi məktəb dayandı",
    ["ms.bridge_taken"] = "Qırmızı körpü keçildi",
    ["ms.poili"] = "Gürcülər Poyluda",
    ["obj.r_bridge"] = "Sonda Qırmızı körpünü tutmaq",
    ["obj.r_karayazy"] = "Sonda Qarayazını tutmaq",
    ["obj.r_poili"] = "Sonda Poylu keçidini tutmaq",
    ["obj.r_base"] = "Ağstafa və Tovuzu saxlamaq",
    ["obj.g_bridge"] = "Sonda Qırmızı körpünü saxlamaq",
    ["obj.g_karayazy"] = "Sonda Qarayazını saxlamaq",
    ["obj.g_poili"] = "Sonda Poylu keçidini saxlamaq",
    ["obj.g_army"] = "Dörd hissəni döyüşdə saxlamaq",
    ["end.treaty"] = "Moskva müqaviləsi döyüşləri dayandırdı",
}
