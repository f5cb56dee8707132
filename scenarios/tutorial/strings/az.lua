-- Təlim ssenarisinin Azərbaycan dilində sətirləri.
return {
    title = "Təlim: Samurdan o taya",
    desc = "Xəritənin kiçik bir guşəsində oynamağı öyrənin: hissələri seçmək və hərəkət "
        .. "etdirmək, dəmir yolundan istifadə, zirehli qatardan desant endirmək, hücum, "
        .. "təchizat və məqsədləri tutmaq. Qırmızı tərəf, yarım günlük 8 gediş, mesajlar addım-"
        .. "addım yol göstərir.",

    ["opt.hints.name"] = "Təlim mesajları",
    ["opt.hints.note"] = "Açıq: hər addıma çatanda mesaj onu izah edir. Bağlı: eyni vəziyyət "
        .. "köməksiz.",

    ["brief.1.title"] = "Haradasınız",
    ["brief.1.text"] = "27 aprel 1920, Samur çayı — Sovet Dağıstanı ilə Azərbaycan Xalq "
        .. "Cümhuriyyəti arasında sərhəd. 1920-ci ildə dörd zirehli qatar desantla burada keçib "
        .. "Bakıya gedərkən Yalama və Xudatda dayandı [S0]. Siz o qüvvənin kiçik bir hissəsinə "
        .. "komandanlıq edirsiniz.",
    ["brief.2.title"] = "Gedişlər və fazalar",
    ["brief.2.text"] = "Bir gediş yarım gündür: səhər və ya axşam. Hər gedişdə hər tərəfin əvvəl "
        .. "hərəkət, sonra döyüş fazası var. Fazanı «Fazanı bitir» düyməsi (boşluq) ilə "
        .. "bitirin. Bir heks təxminən 10 km-dir.",
    ["brief.3.title"] = "Məqsədiniz",
    ["brief.3.text"] = "Yalama, Xudat və Xaçmazı alın. Üçünü birlikdə saxlamaq dərhal qələbədir. "
        .. "Hər iki sərhəd stansiyasını 28 aprel səhərinədək almaq bonus verir. Sonda AXC onlardan "
        .. "birini saxlasa, o qalib gəlir.",

    ["note.1.title"] = "Yalama, 27 aprel 1920",
    ["note.1.text"] = "Zirehli qatarlar qrupunun komandiri M. Q. Yefremov Yalamada iki piyada "
        .. "rotası, jandarmlar, süvari eskadronu və iki topa qarşı iki saatlıq döyüş haqqında "
        .. "məruzə etmişdi [SOL]. Bu, sovet məruzəsidir; AXC versiyası tapılmayıb.",
    ["note.2.title"] = "Danışmağın iki yolu",
    ["note.2.text"] = "Sovet və rus mətnləri sonrakı hadisələri azadlıq və Aprel inqilabı, "
        .. "Azərbaycan mətnləri isə işğal və Aprel çevrilişi adlandırır. Tam ssenarilər hər iki "
        .. "yozumu mənbəsi ilə göstərir, «Baxışlar» səhifəsi də.",

    ["tut.welcome"] = "Xoş gəlmisiniz. Siz qırmızı tərəfi oynayırsınız. Oyun həmişə kimin "
        .. "fazası olduğunu göstərir; indi sizin hərəkət fazanızdır.",
    ["tut.select"] = "Addım 1 — seçim: hissələrinizdən birinə klikləyin (və ya Tab). Panel "
        .. "onun növünü, addımlarını (gücünü), ruh yüksəkliyini (0–9) və hərəkət xallarını (HX) "
        .. "göstərir. Çata biləcəyi hekslər işıqlanır.",
    ["tut.move"] = "Addım 2 — hərəkət: süvari briqadasını seçib Qusar və ya sərhəd tərəfdə "
        .. "işıqlanan heksə klikləyin. Açıq yer heks başına 2 HX, yol 1 HX; təpələr, meşə və "
        .. "çaylar daha bahadır. Süvarinin 8, piyadanın 4 HX-ı var. Ctrl+Z gedişi geri alır.",
    ["tut.rail"] = "Addım 3 — dəmir yolu: Dərbənddəki zirehli qatar yalnız yol boyu, amma 16 "
        .. "heksədək gedir. Piyada da gedə bilər: öz stansiyasındakı hissə eşelona minir və "
        .. "salamat yol boyu hərəkət edir. Qatarı Samura doğru aparın.",
    ["tut.zoc"] = "Nəzarət zonaları: düşmən hissələri ətrafdakı heksləri nəzarətdə saxlayır. "
        .. "Belə heksə girən hissə orada dayanmalıdır. Zonaları Z düyməsi göstərir.",
    ["tut.train"] = "Zirehli qatarınız sərhəd stansiyasındadır. Topları yol boyu iki heksə "
        .. "çatır. Qatarda desant var: qatarın tək saxlaya bilmədiyi stansiyanı almaq üçün onu "
        .. "qatarın yanındakı heksə endirin.",
    ["tut.combat"] = "Addım 4 — döyüş: döyüş fazasında düşmənin yanındakı hissələrinizi seçib "
        .. "düşmən dəstəsinə klikləyin. Hücumdan əvvəl qüvvə nisbəti sütunu və hər zər atışının "
        .. "nəticələri görünür. Ərazi, çaylar, ruh yüksəkliyi və təchizat sütunu sürüşdürür.",
    ["tut.result"] = "Nəticə kimin addım itirdiyini, kimin geri çəkildiyini və qalibin irəliləyə "
        .. "bildiyini göstərir. Addımı qalmayan hissə məhv olur; ruhu sınan hissə qaçır və hücum "
        .. "edə bilmir.",
    ["tut.destroyed"] = "Düşmən hissəsi məhv edildi. Onun heksini tutun: heksə girən onun "
        .. "sahibi olur.",
    ["tut.lost"] = "Bir hissə itirdiniz. Bir neçə hissə ilə birlikdə hücum edin — nisbət daha "
        .. "yaxşı olar.",
    ["tut.landing"] = "Desant: tutumu olan qatar və ya gəmi piyadanı daşıyır. Onları daşıyıcının "
        .. "yanındakı heksə endirin; qonşu heksdən yenidən mindirin.",
    ["tut.captured"] = "Yalama sizindir. Sahib olduğunuz yerlər xal gətirir, öz stansiyalarınızda "
        .. "isə hissələr eşelona minə bilər. Heç bir hissə seçilməyəndə sağdakı panel hər tərəfin "
        .. "məqsədlərini və hər birinin indi yerinə yetirilib-yetirilmədiyini göstərir.",
    ["tut.supply"] = "Addım 5 — təchizat: hissədən təchizat mənbəyinə (sizin üçün Dərbənd) "
        .. "aparan dəmir yolu və ya şose şəbəkəsinədək yol 6 HX-dan çox olmamalıdır. Təchizatsız "
        .. "hissələr hər gediş daha pis vuruşur. Təchiz olunan hekslər S düyməsi ilə görünür.",
    ["tut.hurry"] = "Üç gediş qalıb. Yalama, Xudat və Xaçmazı birlikdə saxlayın — qələbə "
        .. "sizindir.",
    ["tut.victory"] = "Xaçmaz alındı. Yalama və Xudatı da saxlayırsınızsa, məqsəd yerinə yetib "
        .. "və oyun sizin qələbənizlə bitir. Əla: indi «Zirehli qatarların basqını»nı sınayın.",

    ["unit.tut_cav"] = "Süvari briqadası",
    ["unit.tut_inf"] = "Atıcı briqada",
    ["unit.tut_train"] = "Zirehli qatar",
    ["unit.tut_land"] = "Desant",
    ["unit.tut_post1"] = "Yalama sərhəd postu",
    ["unit.tut_post2"] = "Xudat postu",
    ["unit.tut_gend"] = "Xaçmaz jandarmları",

    ["obj.r_goal"] = "Yalama, Xudat və Xaçmazı saxlamaq (dərhal qələbə)",
    ["obj.r_yalama"] = "28 aprel səhərinədək Yalama və Xudatı tutmaq",
    ["obj.a_hold"] = "Sonda Yalama, Xudat, Xaçmazdan birini saxlamaq",

}
