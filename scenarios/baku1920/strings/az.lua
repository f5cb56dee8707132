-- "Bakı əməliyyatı" ssenarisinin Azərbaycan dilində (latın əlifbası) sətirləri. Faktlar
-- mənbə işarəsi ilə verilir (mənbələr siyahısına və docs/history.md-yə baxın); ifadələr
-- layihənin özünündür.
return {
    title = "Bakı əməliyyatı, aprel–may 1920",
    desc = "27 aprel – 7 may 1920. XI Qırmızı Ordu Samur çayını keçir, Bakıda isə bolşeviklər "
        .. "üsyan qaldırır; dörd zirehli qatar sahil dəmir yolu ilə irəliləyir, süvarilər dağətəyi "
        .. "ilə dövrə vurur, Azərbaycan Xalq Cümhuriyyətinin əsas qüvvələri isə uzaqda, "
        .. "Qarabağdadır. Qərb sərhədində Gürcüstan gözləyir. Bütün cəbhə, yarım günlük 22 gediş.",

    ["opt.uprising.name"] = "Bakıda üsyan",
    ["opt.uprising.note"] = "Tarixdə olduğu kimi: açıq. 26/27 aprel gecəsi fəhlə dəstələri və "
        .. "dənizçilər Bakıda üsyan qaldırıb hökumətə ultimatum verdilər [S0][S1]. Bağlı: üsyançı "
        .. "dəstələr görünmür.",
    ["opt.handover.name"] = "Parlament hakimiyyəti təhvil verir",
    ["opt.handover.note"] = "Tarixdə olduğu kimi: açıq. 27 apreldə hərbçilər silahlı müqavimətin "
        .. "mümkünsüz olduğunu bildirdikdən sonra parlament hakimiyyəti kommunist partiyasına "
        .. "verib özünü buraxdı [S0][S1]. Bağlı: hökumət müzakirə etdiyi kimi Gəncəyə köçür "
        .. "[S0], Bakı qarnizonu isə döyüşür.",
    ["opt.submit.name"] = "Ordu qırmızı komandanlığa verilir",
    ["opt.submit.note"] = "Tarixdə olduğu kimi: açıq. 29 apreldə Azinqilabkom AXC ordusunu XI "
        .. "Ordunun operativ komandanlığına tabe etdi [AZRA]. Açıq (hakimiyyətin təhvili ilə): 29 "
        .. "apreldə Qarabağdan kənardakı AXC hissələrinin təxminən yarısı oyundan çıxır, qalanları "
        .. "ruhdan düşür; qalanlar Gəncədən mübarizəni davam etdirən ordunun «bəs əgər»idir.",
    ["opt.desertion.name"] = "AXC ordusunda fərarilik",
    ["opt.desertion.note"] = "Tarixdə olduğu kimi: açıq. Rus mənbəyinə görə aprelə qədər ordu "
        .. "fərarilikdən zəifləmişdi [S0]; Azərbaycan mənbəyi ordunun quruluşunu döyüş qabiliyyətini "
        .. "qiymətləndirmədən verir [TGME]. Açıq: hər gediş AXC hissələri ruh yüksəkliyini, "
        .. "sınmış hissələr isə heyətini itirə bilər.",
    ["opt.sarvan.name"] = "Sarvanda sökülmüş relslər",
    ["opt.sarvan.note"] = "Tarixdə olduğu kimi: açıq, qeyd-şərtlə. Yalnız Azərbaycan yönümlü bir "
        .. "mənbə 27 apreldə Qaçaq Mayılın kəndlilərinin Sarvan stansiyası yaxınlığında yolu "
        .. "bağladığını yazır [SARV]; tapılan sovet mənbələri bundan danışmır. Açıq: 27 apreldə "
        .. "Dəvəçidə relslər sökülür (axşama bərpa olunur), dəstə xəttin yanında durur.",
    ["opt.border_war.name"] = "Gürcüstanla sərhəd toqquşması",
    ["opt.border_war.note"] = "Tarixdə olduğu kimi: açıq. May ayının əvvəlində qırmızı dəstələr "
        .. "Gürcüstan sərhədinə çatıb onu keçdi; Gürcüstan əks-hücuma keçdi [S4][OWK]. Dəqiq "
        .. "günlər məlum deyil. Açıq: müharibə ən gec 4 mayda başlayır; istənilən halda qırmızılar "
        .. "Gürcüstanın sərhəd zonasına girən kimi başlayır.",
    ["opt.treaty.name"] = "Moskva müqaviləsi",
    ["opt.treaty.note"] = "Tarixdə olduğu kimi: açıq. 7 may 1920-ci ildə Sovet Rusiyası ilə "
        .. "Gürcüstan müqavilə imzaladı; Rusiya Gürcüstanın müstəqilliyini tanıdı [TREATY][S4]. "
        .. "Bağlı: sərhəd müharibəsi sona qədər davam edir.",
    ["opt.par.name"] = "Par (AXC-nin başlanğıc xalları)",
    ["opt.par.note"] = "Əvvəlcədən 84. AXC tərəfi bu xallarla başlayır: təxminən Qırmızı Ordunun "
        .. "1920-ci ildəki uğurlarının AXC-nin saxladığından artıq dəyəri, beləliklə tarixi "
        .. "təkrarlamaq təxminən heç-heçədir. Azaltmaq qırmızıların, artırmaq AXC-nin xeyrinədir.",
    ["opt.flotilla.name"] = "Volqa-Xəzər flotiliyası",
    ["opt.flotilla.note"] = "Tarixdə olduğu kimi: açıq. Flotiliyanın gəmiləri 1 mayda Bakıya "
        .. "gəldi [RED]; gəmilərin tam siyahısı tapılmayıb, yalnız ayrı-ayrı esminesların adı "
        .. "çəkilir [ISA]. Açıq: 1 mayda iki esmines və Kojanovun desant dəstəsi gəlir.",

    ["brief.1.title"] = "Əməliyyat",
    ["brief.1.text"] = "1920-ci ilin aprel ayının sonunda Qafqaz cəbhəsi (Tuxaçevski) XI Ordunu "
        .. "(Levandovski) Volqa-Xəzər flotiliyası (Raskolnikov) və gizli Azərbaycan Kommunist "
        .. "Partiyası ilə birlikdə Samurdan Azərbaycan Xalq Cümhuriyyətinə göndərdi [S1][GSE]. "
        .. "Əməliyyata Kirov və Orconikidze rəhbərlik edirdi [S0]. Plana görə təxminən beş gün "
        .. "ayrılmışdı [AT].",
    ["brief.2.title"] = "Eyni anda üç zərbə",
    ["brief.2.text"] = "26/27 aprel gecəsi Bakıda bolşeviklər üsyan qaldırdı. M. Q. Yefremovun "
        .. "dörd zirehli qatarı desantla sahil dəmir yolu ilə Yalama və Xudatdan keçərək 28 aprel "
        .. "səhəri Bakıya çatdı; onların ardınca piyada eşelonları gəlirdi [S0][S1]. II Süvari "
        .. "Korpusu Quba, Şamaxı, Ağsu və Kürdəmirə irəliləyib Gəncə yolunu kəsdi [S1].",
    ["brief.3.title"] = "AXC ordusu",
    ["brief.3.text"] = "Kağız üzərində AXC ordusunda təxminən 30 000 nəfər vardı: iki piyada "
        .. "diviziyası (qərargahları Gəncədə və Bakıda), süvari diviziyası, artilleriya və polis "
        .. "hissələri [TGME][RUW]. Əsas qüvvələr Qarabağ və Zəngəzurda erməni dəstələrinə qarşı "
        .. "dururdu; şimal sərhədini yalnız kiçik postlar qoruyurdu [S0].",
    ["brief.4.title"] = "Qonşular",
    ["brief.4.text"] = "1920-ci ilin mart üsyanından sonra general Dronun erməni qüvvələri "
        .. "Qarabağın və Zəngəzurun bir hissəsini tuturdu [TGME][ROOTS]. 1919-cu ildən AXC ilə "
        .. "müdafiə ittifaqında olan Gürcüstan qarışmadı; baş naziri hücum olarsa ölkənin "
        .. "özünü müdafiə edəcəyini bildirdi [S4].",
    ["brief.5.title"] = "Necə qalib gəlmək olar",
    ["brief.5.text"] = "Qırmızılar Bakı (tez və sonda), sahil stansiyaları, süvari basqınının "
        .. "şəhərləri, Yevlaxda Kür keçidi, Gəncə və qorunan zirehli qatarlar üçün xal alır. AXC "
        .. "«par» ilə (Qırmızı Ordunun 1920-ci il uğurlarının dəyəri) başlayır və Gəncə, Qarabağ, "
        .. "sağ qalan səhra ordusu, 2 mayadək Kür xətti, Bakını saxlasa və ya geri alsa, həmçinin "
        .. "vacib bir yeri 1920-ci ildə düşdüyü gündən sonra saxladığı hər gediş üçün xal alır. "
        .. "Tarixi təkrarlamaq təxminən heç-heçədir; daha yaxşısı qələbədir.",
    ["note.trains.title"] = "Hansı dörd qatar?",
    ["note.trains.text"] = "İki siyahı fərqlidir. Zirehli qatarlar tarixi № 61 «III "
        .. "İnternasional», № 209 «Krasnaya Astraxan», № 55 «Krasnı Dağıstan» və № 65 «Timofey "
        .. "Ulyantsev» adlarını çəkir, son ikisi dəniz topları ilə [AT]. Solominin Levandovski "
        .. "haqqında kitabı isə «3-cü İnternasional», «Za vlast Sovetov», «Krasnı Dağıstan» və "
        .. "«Mixail Ulyantsev» adlarını verir [SOL]. Oyunda birinci siyahı işlədilir.",
    ["note.dates.title"] = "Qatarlar nə vaxt yola düşdü?",
    ["note.dates.text"] = "Veselova görə, birinci qatar Samur körpüsünü 26/27 aprel gecəsi keçib "
        .. "[VES]; BSE 27 apreli, muzey mətni isə 28 aprel gecəsini göstərir [S1]. Hamısı "
        .. "qatarların 28 aprel səhəri Bakıda olduğunu təsdiqləyir. Yalamadakı iki saatlıq döyüş "
        .. "yalnız sovet məruzəsindən məlumdur [SOL].",
    ["note.strength.title"] = "Say göstəriciləri təxminidir",
    ["note.strength.text"] = "XI Ordu üçün yalnız bir rəqəm var: 30 000-dən çox süngü və qılınc "
        .. "[RUW]; diviziya və alayların sayı tapılmayıb. Bütün hissələrin addımları və amilləri, "
        .. "eləcə də süvari korpusunun iki diviziyaya bölünməsi oyun təxminləridir.",
    ["note.adr.title"] = "AXC qoşunları harada idi",
    ["note.adr.text"] = "27 aprel üçün hissə-hissə yerləşmə tapılmayıb. Oyun mənbələrin ümumi "
        .. "təsvirinə uyğun olaraq 2-ci diviziyanı Bakıya, 1-cini Gəncəyə, ən güclü qrupu isə "
        .. "Qarabağa qoyur [TGME][S0]. Alayların adları verilmir.",
    ["note.sarvan.title"] = "Sarvan",
    ["note.sarvan.text"] = "Azərbaycan yönümlü bir viki səhifəsi 27 apreldə Qaçaq Mayılın "
        .. "kəndlilərinin Sarvan stansiyası yaxınlığında relsləri sökdüyünü yazır [SARV]. Tapılan "
        .. "heç bir sovet mənbəyi bunu xatırlatmır, ona görə bu, seçimdir.",
    ["note.karabakh.title"] = "Qarabağ",
    ["note.karabakh.text"] = "1920-ci il 22/23 mart gecəsi erməni üsyanı başladı; Şuşa, Əsgəran və "
        .. "Xankəndi ətrafında döyüşlər getdi, Şuşanın erməni məhəlləsi dağıdıldı [TGME][ROOTS]. "
        .. "Tərəfli mənbələr təxminən 2000 ermənini təxminən 3000 Azərbaycan əsgərinə qarşı "
        .. "göstərir [ROOTS]; neytral rəqəm tapılmayıb. Oyunda AXC oradakı xəttini zəiflətsə, "
        .. "erməni qüvvələri irəliləyir.",
    ["note.georgia.title"] = "May ayında Gürcüstan",
    ["note.georgia.text"] = "1 mayda Gürcüstan səfərbərlik elan edib general Kvinitadzeni baş "
        .. "komandan təyin etdi; 2/3 may gecəsi təxminən 25 bolşevik Tiflis hərbi məktəbinə hücum "
        .. "edib geri oturduldu [S4]. Qırmızı dəstələr sərhədi keçib geri atıldı; 7 mayda Rusiya "
        .. "Moskva müqaviləsi ilə Gürcüstanı tanıdı [S4][TREATY]. Hansı körpülərin nə vaxt əldən "
        .. "ələ keçdiyi məlum deyil.",
    ["note.civilians.title"] = "Müharibənin ortasında qalan insanlar",
    ["note.civilians.text"] = "Ölkə tükənmişdi: neft hasilatı 1913-cü il səviyyəsinin yarısından "
        .. "xeyli aşağı düşmüşdü, erməni-azərbaycan müharibəsinin qaçqınları aclıq və epidemiya "
        .. "gətirirdi, bir çox qəzada silahlı dəstələr hökm sürürdü [S0]. Qarabağda bütün "
        .. "icmaların dinc sakinləri əziyyət çəkdi [TGME][ROOTS]. Oyun yalnız hərbi məqsədləri "
        .. "sayır: heç nə dinc insanlara zərəri mükafatlandırmır.",
    ["note.after.title"] = "Sonra",
    ["note.after.text"] = "Sovet mətnləri nəticəni bölgənin demək olar ki, qansız qayıdışı kimi "
        .. "təqdim edir [S0]. Azərbaycan tarixçiləri işğalı, ardınca gələn üsyanları — ilk növbədə "
        .. "may ayının sonunda Gəncədə və Qarabağda — və zabitlərə, din xadimlərinə, ziyalılara "
        .. "qarşı repressiyaları təsvir edir [S2]. 29 apreldə AXC ordusu XI Ordunun komandanlığına "
        .. "tabe edildi [AZRA].",

    ["src.s3"] = "S3: türk müəllifin 1917–1918-ci illərdə bolşevik inqilabı və Azərbaycan haqqında "
        .. "məqaləsi.",
    ["src.ruw"] = "RUW: rus Vikipediyası, «Bakı əməliyyatı (1920)».",
    ["src.red"] = "RED: «Qırmızı lord», F. F. Raskolnikovun tərcümeyi-halı.",
    ["src.isa"] = "ISA: İ. S. İsakov, «Xəzər, 1920-ci il» (xatirələr).",
    ["ut.naval_infantry"] = "Dəniz desant dəstəsi",
    ["ut.destroyer"] = "Esmines",
    ["ut.hq"] = "Ordu komandanının qatarı",
    ["ut.gunboat"] = "Topçu gəmisi",
    ["unit.land61"] = "Desant («III İnternasional»)",
    ["unit.land55"] = "Desant («Krasnı Dağıstan»)",
    ["unit.div20"] = "20-ci atıcı diviziya",
    ["unit.div28"] = "28-ci atıcı diviziya",
    ["unit.div32"] = "32-ci atıcı diviziya",
    ["unit.bde50"] = "50-ci Taman briqadası",
    ["unit.cav_a"] = "II Süvari Korpusu (birinci diviziya)",
    ["unit.cav_b"] = "II Süvari Korpusu (ikinci diviziya)",
    ["unit.hq11"] = "XI Ordu komandanının qatarı (Levandovski)",
    ["unit.ins_workers"] = "Bakı fəhlə dəstələri",
    ["unit.ins_sailors"] = "Liman dənizçiləri (Çingiz İldırım)",
    ["unit.ins_balakhany"] = "Neft mədənləri fəhlə dəstəsi",
    ["unit.azra_1"] = "Azinqilabkoma tabe Bakı qarnizonu",
    ["unit.dd_liebknecht"] = "«Karl Libknext» esminesi",
    ["unit.dd_deyatelny"] = "«Deyatelnı» esminesi (İsakov)",
    ["unit.kozhanov"] = "Kojanovun desant dəstəsi",
    ["unit.post_yalama"] = "Yalama sərhəd postu",
    ["unit.sqn_khachmaz"] = "Süvari eskadronu (Xaçmaz)",
    ["unit.div2"] = "2-ci piyada diviziyası (Bakı)",
    ["unit.gb_kars"] = "«Qars» topçu gəmisi",
    ["unit.gb_ardagan"] = "«Ərdahan» topçu gəmisi",
    ["unit.regt_bal"] = "Bakı qarnizonu alayı",
    ["unit.regt_sum"] = "Sumqayıt dəstəsi",
    ["unit.div1"] = "1-ci piyada diviziyası (Gəncə)",
    ["unit.art_ganja"] = "Artilleriya briqadası (Gəncə)",
    ["unit.cav_tatar"] = "Tatar süvari alayı",
    ["unit.cav_sheki"] = "Şəki süvari alayı",
    ["unit.regt_kurd"] = "Kürdəmir dəstəsi",
    ["unit.adr_relief"] = "Gəncədən şimala göndərilən alay",
    ["unit.arm_dro2"] = "Zəngəzurdan erməni əlavə qüvvələri",
    ["unit.arm_vol"] = "Erməni kənd silahlıları",
    ["unit.geo_bridge"] = "Gürcü sərhəd dəstəsi",
    ["msg.par"] = "AXC tərəfi «par» ilə başlayır: qalib gəlmək üçün qırmızılar 1920-ci ildə "
        .. "Qırmızı Ordunun etdiyindən çoxunu etməlidir.",
    ["msg.uprising"] = "26/27 aprel gecəsi: fəhlə dəstələri və dənizçilər Bakıda üsyan qaldırır "
        .. "və hökumətə ultimatum verir [S0][S1].",
    ["msg.handover"] = "27 aprel: hərbçilər müqaviməti mümkünsüz sayır; parlament hakimiyyəti "
        .. "kommunist partiyasına verib özünü buraxır. Bakı qarnizonu silahı yerə qoyur, ordunun "
        .. "qalanı ruhdan düşür [S0][S1].",
    ["msg.no_handover"] = "Bəs əgər: parlament ultimatumu rədd edir, Bakı qarnizonu döyüşür.",
    ["msg.submit"] = "29 aprel: Azinqilabkom AXC ordusunu XI Ordunun komandanlığına tabe edir "
        .. "[AZRA]. Çox hissə keçir, qalanları tərəddüd edir.",
    ["msg.ssr"] = "28 aprel: Bakıda Azərbaycan SSR elan olunur və RSFSR-dən hərbi yardım istəyir "
        .. "[S0][S1].",
    ["msg.trains_baku_fast"] = "Zirehli qatarlar Bakıda 1920-ci ildəki qədər tezdir (28 aprel "
        .. "səhəri) [S0]: +5 xal.",
    ["msg.trains_baku"] = "Zirehli qatarlar Bakıya çatdı — 1920-ci ildəkindən gec (28 aprel "
        .. "səhəri) [S0].",
    ["msg.baku_taken"] = "Bakı qırmızıların nəzarətindədir.",
    ["msg.baku_retaken"] = "AXC qoşunları yenidən Bakıdadır.",
    ["msg.kurdamir"] = "Qırmızı süvarilər Kürdəmirdədir: 1920-ci ildə II Süvari Korpusunun etdiyi "
        .. "kimi Bakı–Gəncə yolu kəsilib [S1].",
    ["msg.ganja"] = "AXC-nin ikinci şəhəri Gəncə qırmızıların əlindədir.",
    ["msg.khudat"] = "Xudat düşdü. Hərbi nazir Mehmandarov Gəncədə Şıxlinskiyə teleqram vurur: "
        .. "qoşunları şimala göndərin [VES].",
    ["msg.karabakh_breach"] = "AXC-nin Qarabağ xətti zəifləyib: erməni qüvvələri irəliləyir.",
    ["msg.town_lost"] = "AXC-nin boş qoyduğu Qarabağ şəhəri erməni qüvvələrinə keçir.",
    ["msg.georgia_war_crossing"] = "Qırmızılar Gürcüstan sərhədindədir: Gürcüstan güclə cavab "
        .. "verir [S4].",
    ["msg.georgia_war_date"] = "May ayının əvvəli: Gürcüstan sərhədində döyüşlər başlayır "
        .. "[S4][OWK].",
    ["msg.georgia_mobilizes"] = "1 may: Gürcüstan səfərbərlik elan edir və general Kvinitadzeni "
        .. "baş komandan təyin edir [S4].",
    ["msg.flotilla"] = "1 may: Volqa-Xəzər flotiliyasının gəmiləri Bakı yaxınlığındadır [RED].",
    ["msg.treaty"] = "7 may: Sovet Rusiyası ilə Gürcüstan Moskva müqaviləsini imzalayır; Rusiya "
        .. "Gürcüstanın müstəqilliyini tanıyır, sərhəddə döyüşlər dayanır [TREATY].",

    ["ms.uprising"] = "Bakıda üsyan",
    ["ms.submit"] = "AXC ordusu qırmızı komandanlıq altında",
    ["ms.ssr"] = "Azərbaycan SSR elan olundu",
    ["ms.baku_taken"] = "Bakı alındı",
    ["ms.ganja"] = "Gəncə alındı",
    ["ms.flotilla"] = "Flotiliya Bakıda",
    ["ms.karabakh_breach"] = "Qarabağda erməni hücumu",
    ["ms.georgia_war"] = "Gürcüstan sərhədində döyüşlər",
    ["obj.r_baku_early"] = "28 aprel axşamına Bakını və Biləcərini tutmaq",
    ["obj.r_baku"] = "Sonda Bakını və Biləcərini tutmaq",
    ["obj.r_coast"] = "Yalamadan Sumqayıtadək bütün sahil stansiyalarını tutmaq",
    ["obj.r_sweep"] = "Qusar, Quba, Şamaxı, Ağsu, Kürdəmirdən dördünü tutmaq",
    ["obj.r_north"] = "29 aprel axşamına Xaçmaz, Quba və Şamaxını tutmaq",
    ["obj.r_road"] = "2 may səhərinə Kürdəmir və Hacıqabulu tutmaq",
    ["obj.r_yevlakh"] = "3 may səhərinə Yevlaxı tutmaq",
    ["obj.r_ganja_early"] = "3 may səhərinə Gəncəni tutmaq",
    ["obj.r_kura"] = "Yevlaxı və Kür körpüsünü tutmaq",
    ["obj.r_ganja"] = "Gəncəni tutmaq",
    ["obj.r_trains"] = "Üç zirehli qatarı qorumaq",
    ["obj.a_ganja"] = "Gəncəni saxlamaq",
    ["obj.a_karabakh"] = "Şuşa, Əsgəran, Xankəndi, Ağdamdan üçünü saxlamaq",
    ["obj.a_army"] = "Səhra ordusunun beş hissəsini qorumaq",
    ["obj.a_kura"] = "2 may axşamınadək Yevlaxı və Kür körpüsünü saxlamaq",
    ["obj.a_baku"] = "Sonda Bakını və Biləcərini saxlamaq",

    -- xəritədəki yer adları (place.<id>)
}
