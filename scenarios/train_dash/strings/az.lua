-- "Zirehli qatarların basqını" ssenarisinin Azərbaycan dilində sətirləri. Faktlar mənbə
-- işarəsi ilə verilir.
return {
    title = "Zirehli qatarların basqını, 27–28 aprel 1920",
    desc = "XI Qırmızı Ordunun dörd zirehli qatarı desantla Samuru keçir və birxətli sahil dəmir "
        .. "yolu ilə Yalama və Xudatdakı AXC sərhəd postlarının yanından irəliləyir. 1920-ci ildə "
        .. "onlar 28 aprel səhəri Bakıda idilər. Siz də bacararsınızmı? Yarım günlük 6 gediş; "
        .. "yaxşı ilk ssenari.",
    ["opt.sarvan.name"] = "Sarvanda sökülmüş relslər",
    ["opt.sarvan.note"] = "Tarixdə olduğu kimi: açıq, qeyd-şərtlə. Yalnız Azərbaycan yönümlü bir "
        .. "mənbə 27 apreldə Qaçaq Mayılın kəndlilərinin Sarvan (Dəvəçi qəzası) yaxınlığında yolu "
        .. "bağladığını yazır [SARV]; sovet mənbələri bundan danışmır. Açıq: 27 apreldə "
        .. "Dəvəçidə relslər sökülür, təmir qatarı yolu bərpa etməlidir.",
    ["opt.handover.name"] = "Parlament hakimiyyəti təhvil verir",
    ["opt.handover.note"] = "Tarixdə olduğu kimi: açıq. 27 apreldə parlament hakimiyyəti "
        .. "kommunist partiyasına verib özünü buraxdı [S0][S1]; Bakı qarnizonu döyüşmədi. Bağlı: "
        .. "qarnizon Bakını və Biləcərini saxlayır.",
    ["opt.echelon.name"] = "Piyada eşelonu",
    ["opt.echelon.note"] = "Tarixdə olduğu kimi: açıq. Zirehli qatarların ardınca piyada "
        .. "eşelonları gəlirdi [S0]; hansı hissələr və nə qədər olduğu məlum deyil. Açıq: atıcı "
        .. "briqada (oyun təxmini) 27 aprel axşamı Samur dayanacağına çatır.",

    ["brief.1.title"] = "Basqın",
    ["brief.1.text"] = "Bakı üsyanı gecəsi dörd zirehli qatardan ibarət qrup desantla "
        .. "Azərbaycana yola düşdü. Samur çayı qarşısında, Yalamada və Xudatda dayanıb hər "
        .. "dəfə telefon və teleqraf xətlərini kəsdilər, 28 aprel səhər tezdən Bakıya girdilər "
        .. "[S0].",
    ["brief.2.title"] = "Yolda nə var",
    ["brief.2.text"] = "Kiçik postlar. Qrupun komandiri M. Q. Yefremov Yalamada iki piyada rotası, "
        .. "jandarmlar, süvari eskadronu və iki topla iki saatlıq döyüş haqqında məruzə etmişdi "
        .. "[SOL] (sovet məruzəsi; AXC versiyası tapılmayıb). Desant qatarlardan düşüb "
        .. "stansiyaları tuta bilər; qatarların topları yol boyu iki heksə çatır.",
    ["brief.3.title"] = "Necə qalib gəlmək olar",
    ["brief.3.text"] = "Zirehli qatarı Bakıya və ya Biləcəriyə çatdırın: 28 aprel səhərinədək "
        .. "(1920-ci ildəki kimi) 30 xal, hər yarım gün gecikmə üçün 10 xal az. Hər iki sərhəd "
        .. "stansiyasını 27 aprel axşamınadək alın, sonda bütün xətti saxlayın və dörd qatarın "
        .. "hamısını qoruyun. AXC hər gediş saxladığı hər xətt stansiyası, sonda iki stansiya və "
        .. "desantın məhvi üçün xal alır.",
    ["note.trains.title"] = "Hansı dörd qatar?",
    ["note.trains.text"] = "Zirehli qatarlar tarixi № 61 «III İnternasional», № 209 «Krasnaya "
        .. "Astraxan», № 55 «Krasnı Dağıstan» və № 65 «Timofey Ulyantsev» adlarını çəkir [AT]; "
        .. "Solomin isə «3-cü İnternasional», «Za vlast Sovetov», «Krasnı Dağıstan» və «Mixail "
        .. "Ulyantsev» adlarını verir [SOL] və onları Samur dayanacağından deyil, Dərbənddən "
        .. "yola salır. Oyunda birinci siyahı işlədilir.",
    ["note.dates.title"] = "Hansı gecə?",
    ["note.dates.text"] = "Veselova görə, birinci qatar «III İnternasional» Samur körpüsünü 26/27 "
        .. "aprel gecəsi keçib [VES]; BSE qatarların 27 apreldə, muzey mətni isə 28 aprel gecəsi "
        .. "yola düşdüyünü yazır [S1]. Hamısı qatarların 28 aprel səhəri Bakıda olduğunu "
        .. "təsdiqləyir; ssenarinin saatı buna görə qurulub.",
    ["note.sarvan.title"] = "Sarvan",
    ["note.sarvan.text"] = "Sarvan epizodu yalnız Azərbaycan yönümlü bir səhifədən məlumdur "
        .. "[SARV]: Qaçaq Mayılın yerli döyüşçüləri, AXC əsgəri olan oğlu İbrahimlə birlikdə, "
        .. "qatarları saxlamaq üçün relsləri sökdülər. Bu, seçimdir: tapılan sovet mətnləri ciddi "
        .. "müqavimət olmadığını deyir [S0].",
    ["note.line.title"] = "Dəmir yolu",
    ["note.line.text"] = "Dərbənd–Biləcəri sahil dəmir yolu 1900-cü ildə açılıb, birxətli idi "
        .. "[RAIL]. Dənizlə Qafqaz dağətəyi arasındakı dar düzənlikdən keçir; mənbələr Yalama, "
        .. "Xudat və Xaçmaz stansiyalarını adlandırır [S0].",
    ["note.strength.title"] = "Say göstəriciləri",
    ["note.strength.text"] = "Desantın və qatar toplarının sayı məlum deyil. Yalamadakı AXC "
        .. "qüvvələri yeganə sovet məruzəsinə əsaslanır [SOL]; qalan hər şey oyun təxminidir.",

    ["unit.land61a"] = "Desant, 1-ci rota",
    ["unit.land61b"] = "Desant, 2-ci rota",
    ["unit.land55"] = "Desant, 3-cü rota",
    ["unit.bde_echelon"] = "Piyada eşelonu",
    ["unit.post_yalama"] = "Yalama sərhəd rotaları",
    ["unit.guns_yalama"] = "İki top (Yalama)",
    ["unit.sqn_yalama"] = "Süvari eskadronu",
    ["unit.post_khachmaz"] = "Xaçmaz postu",
    ["unit.regt_bal"] = "Biləcəri qarnizonu",
    ["unit.regt_baku"] = "Bakı qarnizonu",
    ["unit.adr_kyzyl"] = "Qızılburuna göndərilən qoşun",
    ["msg.start"] = "27 aprel, səhər. Qatarlar Samur qarşısındadır. Xətləri kəsin, postları "
        .. "alın və Bakıya tələsin.",
    ["msg.yalama"] = "Yalama alındı. Yefremovun məruzəsi burada iki saatlıq döyüşdən danışır "
        .. "[SOL].",
    ["msg.khudat"] = "Xudat düşdü. Hərbi nazir Mehmandarov Gəncəyə teleqram vurur: qoşunları "
        .. "şimala, Qızılburuna göndərin [VES].",
    ["msg.handover"] = "27 aprel: parlament hakimiyyəti kommunist partiyasına verib özünü "
        .. "buraxır; Bakı qarnizonu silahı yerə qoyur [S0][S1].",
    ["msg.arrived_history"] = "Zirehli qatar 1920-ci ildəki kimi 28 aprel səhərinədək Bakıdadır "
        .. "[S0]: +30 xal.",
    ["msg.arrived_late"] = "Zirehli qatar Bakıya 1920-ci ildəkindən gec çatdı: daha az xal.",
    ["ms.khudat"] = "Xudat alındı",
    ["obj.r_border"] = "27 aprel axşamınadək Yalama və Xudatı almaq",
    ["obj.r_line"] = "Sonda bütün sahil stansiyalarını tutmaq",
    ["obj.a_hold_line"] = "Xaçmaz, Dəvəçi, Siyəzən, Sumqayıtdan ikisini saxlamaq",
    ["obj.r_trains"] = "Dörd zirehli qatarın hamısını qorumaq",
    ["obj.a_border"] = "27 aprel axşamınadək Yalama və ya Xudatı saxlamaq",
    ["obj.a_trains"] = "Desantı məhv etmək",
}
