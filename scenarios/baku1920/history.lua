-- history.lua - the historical course of the Baku operation as a classroom replay.
--
-- Format: docs/classroom.md. Plain data, run once in the scenario sandbox. Each step has a date
-- (the game turn it happens on), a title and a text in English, Russian and Azerbaijani, the
-- ids of its sources (the scenario's source list, see docs/history.md), effects that the
-- replay applies as scenario commands, and standing orders (unit -> place) that the ordering
-- side carries out with its own moves until the unit gets there or a later step re-orders it.
--
-- The facts come from the project's historical brief; the wording is the project's own. Where
-- the sources disagree or only one side tells a story, the text says whose account it is. The
-- replay cannot know what the sources do not say: where it has to choose (which day a
-- cavalry division reached a town), the text says so.

return {
  api = 1,
  scenario = "baku1920",
  steps = {
    {
      id = "uprising",
      date = { month = 4, day = 27, half = "dawn" },
      sources = { "S0", "S1", "VES" },
      title = {
        en = "Night of 26/27 April: uprising in Baku",
        ru = "Ночь на 27 апреля: восстание в Баку",
        az = "26-27 aprel gecəsi: Bakıda üsyan",
      },
      text = {
        en = "In the night of 26 to 27 April armed workers' detachments in Baku took police "
          .. "stations and sailors under Chingiz Ildrym disarmed government units; the "
          .. "Communists sent the government an ultimatum to hand over power [S0][S1]. The same "
          .. "night the first Red armored train crossed the Samur bridge on the border [VES]. "
          .. "Soviet accounts call this the April revolution; Azerbaijani historians call the "
          .. "events that follow an occupation.",
        ru = "В ночь с 26 на 27 апреля вооружённые рабочие дружины в Баку заняли полицейские "
          .. "участки, а моряки под командой Чингиза Ильдрыма разоружили правительственные "
          .. "части; коммунисты предъявили правительству ультиматум о передаче власти "
          .. "[S0][S1]. В ту же ночь первый красный бронепоезд перешёл пограничный мост через "
          .. "Самур [VES]. Советские авторы называют эти события Апрельской революцией, "
          .. "азербайджанские историки — началом оккупации.",
        az = "26-dan 27 aprelə keçən gecə Bakıda silahlı fəhlə dəstələri polis məntəqələrini "
          .. "tutdu, Çingiz İldırımın başçılıq etdiyi dənizçilər hökumət hissələrini tərksilah "
          .. "etdi; kommunistlər hökumətə hakimiyyəti təhvil vermək barədə ultimatum verdilər "
          .. "[S0][S1]. Həmin gecə ilk qırmızı zirehli qatar sərhəddəki Samur körpüsünü keçdi "
          .. "[VES]. Sovet müəllifləri bu hadisələri Aprel inqilabı, Azərbaycan tarixçiləri "
          .. "isə işğalın başlanğıcı adlandırır.",
      },
    },
    {
      id = "samur",
      date = { month = 4, day = 27, half = "dawn" },
      sources = { "S0", "SOL", "VES", "AT" },
      title = {
        en = "27 April: the armored trains at Yalama and Khudat",
        ru = "27 апреля: бронепоезда у Яламы и Худата",
        az = "27 aprel: zirehli qatarlar Yalama və Xudat yaxınlığında",
      },
      text = {
        en = "Four armored trains with a landing party ran down the coastal railway from the "
          .. "Samur. They stopped at Yalama and Khudat and cut the telegraph and telephone lines "
          .. "[S0]. A Soviet report speaks of a two-hour fight at Yalama with two infantry "
          .. "companies, gendarmes, a cavalry squadron and two guns [SOL]; it is the only "
          .. "account of that fight found. After Khudat fell, War Minister Mehmandarov wired "
          .. "Javad-bey Shikhlinski at Ganja to send troops north [VES]. Which four trains "
          .. "took part differs between two accounts [AT][SOL]; the game follows the first.",
        ru = "Четыре бронепоезда с десантом двинулись от Самура по прибрежной железной дороге. "
          .. "Они останавливались у Яламы и Худата и перерезали телеграфные и телефонные линии "
          .. "[S0]. Советское донесение говорит о двухчасовом бое у Яламы с двумя пехотными "
          .. "ротами, жандармами, кавалерийским эскадроном и двумя орудиями [SOL]; других "
          .. "описаний этого боя не найдено. После падения Худата военный министр Мехмандаров "
          .. "телеграфировал Джавад-беку Шихлинскому в Гянджу выслать войска на север [VES]. "
          .. "Состав четырёх бронепоездов в двух источниках различается [AT][SOL]; игра "
          .. "следует первому.",
        az = "Dörd zirehli qatar desantla Samurdan sahil dəmir yolu ilə cənuba hərəkət etdi. "
          .. "Qatarlar Yalama və Xudatda dayanıb teleqraf və telefon xətlərini kəsdi [S0]. Bir "
          .. "sovet məruzəsində Yalamada iki piyada bölüyü, jandarmlar, süvari eskadronu və iki "
          .. "topla iki saatlıq döyüşdən söhbət gedir [SOL]; bu döyüşün başqa təsviri "
          .. "tapılmayıb. Xudat düşəndən sonra hərbi nazir Mehmandarov Gəncədəki Cavad bəy "
          .. "Şıxlinskiyə şimala qoşun göndərmək barədə teleqram vurdu [VES]. Dörd qatarın "
          .. "adları iki mənbədə fərqlidir [AT][SOL]; oyun birincisinə əsaslanır.",
      },
      effects = {
        { "destroy", "post_yalama" },
        { "destroy", "gend_yalama" },
        { "destroy", "post_khudat" },
      },
      orders = {
        { "at61", "khudat" },
        { "at55", "khudat" },
        { "at209", "yalama" },
        { "at65", "yalama" },
        { "div32", "yalama" },
      },
    },
    {
      id = "handover",
      date = { month = 4, day = 27, half = "dusk" },
      sources = { "S0", "S1", "SARV", "GSE" },
      title = {
        en = "27 April: parliament hands over power",
        ru = "27 апреля: парламент передаёт власть",
        az = "27 aprel: parlament hakimiyyəti təhvil verir",
      },
      text = {
        en = "The government received the ultimatum. The military said armed resistance was "
          .. "impossible, and parliament voted to hand power to the Communist party and "
          .. "dissolved itself [S0][S1]. Resistance along the coastal line was light [S0]; the "
          .. "replay takes the remaining posts off the line. An Azerbaijani-oriented account "
          .. "tells of villagers under Gachag Mayil pulling up rails near Sarvan [SARV]; the "
          .. "Soviet accounts found do not mention it. The trains drive on south; inland the "
          .. "cavalry crosses the border toward Kusary and Kuba [S1][GSE].",
        ru = "Правительство получило ультиматум. Военные заявили, что вооружённое "
          .. "сопротивление невозможно, и парламент проголосовал за передачу власти "
          .. "коммунистической партии и самораспустился [S0][S1]. Сопротивление на прибрежной "
          .. "линии было слабым [S0]; реплей снимает оставшиеся посты с линии. "
          .. "Азербайджанский источник рассказывает, как крестьяне во главе с Гачаг Маилом "
          .. "разобрали рельсы у Сарвана [SARV]; в найденных советских источниках об этом "
          .. "не говорится. Бронепоезда идут дальше на юг; в глубине страны конница переходит "
          .. "границу и идёт на Кусары и Кубу [S1][GSE].",
        az = "Hökumət ultimatumu aldı. Hərbçilər silahlı müqavimətin mümkün olmadığını "
          .. "bildirdi, parlament hakimiyyəti kommunist partiyasına vermək barədə səs verib "
          .. "özünü buraxdı [S0][S1]. Sahil xəttində müqavimət zəif idi [S0]; replay qalan "
          .. "postları xətdən götürür. Azərbaycan mənbəsi Qaçaq Mayılın başçılıq etdiyi "
          .. "kəndlilərin Sərvan yaxınlığında relsləri sökdüyünü yazır [SARV]; tapılan sovet "
          .. "mənbələrində bundan bəhs edilmir. Qatarlar cənuba doğru irəliləyir; içəridə "
          .. "süvarilər sərhədi keçib Qusar və Qubaya doğru gedir [S1][GSE].",
      },
      effects = {
        { "remove", "sqn_khachmaz" },
        { "remove", "irreg_sarvan" },
      },
      orders = {
        { "at61", "siyazan" },
        { "at55", "siyazan" },
        { "at209", "divichi" },
        { "at65", "divichi" },
        { "cav_a", "kusary" },
        { "cav_b", "kuba" },
      },
    },
    {
      id = "trains_baku",
      date = { month = 4, day = 28, half = "dawn" },
      sources = { "S0", "S1", "GSE", "VES", "AZRA" },
      title = {
        en = "Morning of 28 April: the trains in Baku",
        ru = "Утро 28 апреля: бронепоезда в Баку",
        az = "28 aprel səhəri: qatarlar Bakıda",
      },
      text = {
        en = "The armored trains reached Baku in the morning of 28 April, carrying Mikoyan, "
          .. "Musabekov, Dzhabiev and others [S0][S1][GSE]. The sources disagree on when the "
          .. "trains set off (the night of 26/27 April, 27 April or the night of 28 April) but "
          .. "agree on the arrival. The Azerbaijan SSR was proclaimed and asked the RSFSR for "
          .. "military aid; Chingiz Ildrym became People's Commissar for Military and Naval "
          .. "Affairs [S0][AZRA]. Levandovsky's command train reached Khachmaz [VES].",
        ru = "Бронепоезда прибыли в Баку утром 28 апреля; на них ехали Микоян, Мусабеков, "
          .. "Джабиев и другие [S0][S1][GSE]. Источники расходятся в том, когда поезда вышли "
          .. "(в ночь на 27 апреля, 27 апреля или в ночь на 28 апреля), но согласны в дате "
          .. "прибытия. Была провозглашена Азербайджанская ССР, которая попросила РСФСР о "
          .. "военной помощи; Чингиз Ильдрым стал народным комиссаром по военным и морским "
          .. "делам [S0][AZRA]. Штабной поезд Левандовского дошёл до Хачмаса [VES].",
        az = "Zirehli qatarlar 28 aprel səhəri Bakıya çatdı; onlarda Mikoyan, Musabəyov, "
          .. "Cabiyev və başqaları gəlirdi [S0][S1][GSE]. Mənbələr qatarların nə vaxt yola "
          .. "düşdüyündə (26-27 aprel gecəsi, 27 aprel və ya 28 aprel gecəsi) razılaşmır, "
          .. "lakin çatma vaxtında razıdır. Azərbaycan SSR elan olundu və RSFSR-dən hərbi "
          .. "kömək istədi; Çingiz İldırım hərbi və dəniz işləri üzrə xalq komissarı oldu "
          .. "[S0][AZRA]. Levandovskinin qərargah qatarı Xaçmaza çatdı [VES].",
      },
      orders = {
        { "at61", "baku" },
        { "at55", "baku" },
        { "at209", "baladzhary" },
        { "at65", "sumgait" },
        { "hq11", "khachmaz" },
      },
    },
    {
      id = "cavalry",
      date = { month = 4, day = 28, half = "dusk" },
      sources = { "S1", "GSE" },
      title = {
        en = "28 April: the cavalry fans out inland",
        ru = "28 апреля: конница уходит вглубь страны",
        az = "28 aprel: süvarilər ölkənin içərilərinə doğru yayılır",
      },
      text = {
        en = "The 2nd Cavalry Corps fanned out from the coast toward Kusary, Kuba, Shemakha, "
          .. "Akhsu and Kurdamir, to cut the ADR's main forces off from Baku and from their road "
          .. "back to Ganja [S1][GSE]. The sources name the towns but not the days; the replay "
          .. "spreads the ride over 28 April to 1 May. Its commander's name is not confirmed.",
        ru = "2-й кавалерийский корпус двинулся от побережья на Кусары, Кубу, Шемаху, Ахсу и "
          .. "Кюрдамир, чтобы отрезать главные силы АДР от Баку и от пути отхода к Гяндже "
          .. "[S1][GSE]. Источники называют города, но не дни; реплей распределяет рейд на "
          .. "28 апреля – 1 мая. Имя командира корпуса не подтверждено.",
        az = "2-ci süvari korpusu sahildən Qusar, Quba, Şamaxı, Ağsu və Kürdəmirə doğru "
          .. "irəliləyərək ADR-in əsas qüvvələrini Bakıdan və Gəncəyə geri çəkilmə yolundan "
          .. "kəsməli idi [S1][GSE]. Mənbələr şəhərlərin adlarını verir, günlərini yox; replay "
          .. "bu yürüşü 28 aprel – 1 may günlərinə bölür. Korpus komandirinin adı təsdiq "
          .. "olunmayıb.",
      },
      orders = {
        { "cav_a", "shemakha" },
        { "cav_b", "akhsu" },
      },
    },
    {
      id = "main_forces",
      date = { month = 4, day = 29, half = "dawn" },
      sources = { "GSE", "S0", "S1", "AZRA" },
      title = {
        en = "29-30 April: the 11th Army's main forces",
        ru = "29–30 апреля: главные силы 11-й армии",
        az = "29-30 aprel: 11-ci ordunun əsas qüvvələri",
      },
      text = {
        en = "Units of the 11th Army followed the trains by rail and entered Baku on 29 April "
          .. "by the Great Soviet Encyclopedia [GSE], on 30 April by another account [S0]. The "
          .. "Azrevkom placed the ADR army under the 11th Army's operational command [S1][AZRA]; "
          .. "the replay takes the ADR units on the main line off the board as independent "
          .. "forces. The units in Karabakh stay where they were.",
        ru = "Части 11-й армии шли за бронепоездами по железной дороге и вошли в Баку 29 "
          .. "апреля по Большой советской энциклопедии [GSE], 30 апреля по другому источнику "
          .. "[S0]. Азревком подчинил армию АДР оперативному командованию 11-й армии "
          .. "[S1][AZRA]; реплей снимает части АДР на магистрали с доски как самостоятельную "
          .. "силу. Части в Карабахе остаются на месте.",
        az = "11-ci ordunun hissələri qatarların ardınca dəmir yolu ilə gəlib Böyük Sovet "
          .. "Ensiklopediyasına görə 29 apreldə [GSE], başqa mənbəyə görə 30 apreldə [S0] "
          .. "Bakıya daxil oldu. Azinqilabkom ADR ordusunu 11-ci ordunun operativ "
          .. "komandanlığına tabe etdi [S1][AZRA]; replay magistral xətdəki ADR hissələrini "
          .. "müstəqil qüvvə kimi xəritədən götürür. Qarabağdakı hissələr yerində qalır.",
      },
      effects = {
        { "remove", "cav_tatar" },
        { "remove", "cav_sheki" },
        { "remove", "regt_kurd" },
        { "remove", "adr_relief" },
        { "remove", "div1" },
        { "remove", "art_ganja" },
      },
      orders = {
        { "div32", "baladzhary", rail = true },
        { "div20", "sumgait", rail = true },
        { "div28", "khachmaz", rail = true },
        { "bde50", "derbent", rail = true },
      },
    },
    {
      id = "leaders",
      date = { month = 4, day = 30, half = "dawn" },
      sources = { "GSE", "S0", "S4", "S1" },
      title = {
        en = "30 April: Levandovsky, Ordzhonikidze and Kirov in Baku",
        ru = "30 апреля: Левандовский, Орджоникидзе и Киров в Баку",
        az = "30 aprel: Levandovski, Orconikidze və Kirov Bakıda",
      },
      text = {
        en = "The army commander Levandovsky, Ordzhonikidze and Kirov arrived in Baku [GSE]; "
          .. "one account has the army's main forces entering the city on this day [S0]. In "
          .. "Tiflis the Georgian premier Zhordania said that Georgia had stayed out but would "
          .. "defend itself if attacked [S4]. The cavalry rides from Shemakha to Kurdamir on the "
          .. "Baku-Ganja railway and cuts it.",
        ru = "Командарм Левандовский, Орджоникидзе и Киров прибыли в Баку [GSE]; по одному из "
          .. "источников, главные силы армии вошли в город именно в этот день [S0]. В Тифлисе "
          .. "премьер Жордания заявил, что Грузия осталась в стороне, но будет защищаться, если "
          .. "на неё нападут [S4]. Конница идёт от Шемахи к Кюрдамиру и перерезает железную "
          .. "дорогу Баку — Гянджа.",
        az = "Ordu komandanı Levandovski, Orconikidze və Kirov Bakıya gəldi [GSE]; bir mənbəyə "
          .. "görə ordunun əsas qüvvələri şəhərə məhz bu gün daxil olub [S0]. Tiflisdə "
          .. "Gürcüstanın baş naziri Jordaniya ölkəsinin kənarda qaldığını, lakin hücum "
          .. "olarsa özünü müdafiə edəcəyini bildirdi [S4]. Süvarilər Şamaxıdan Bakı-Gəncə "
          .. "dəmir yolundakı Kürdəmirə gedib xətti kəsir.",
      },
      orders = {
        { "cav_a", "kurdamir" },
      },
    },
    {
      id = "flotilla",
      date = { month = 5, day = 1, half = "dawn" },
      sources = { "RED", "S4" },
      title = {
        en = "1 May: the flotilla in Baku; Georgia mobilises",
        ru = "1 мая: флотилия в Баку; Грузия объявляет мобилизацию",
        az = "1 may: flotiliya Bakıda; Gürcüstan səfərbərlik elan edir",
      },
      text = {
        en = "Ships of the Volga-Caspian flotilla under Raskolnikov arrived in Baku [RED]; the "
          .. "destroyers 'Karl Liebknecht' and 'Deyatelny' are named in the sources, a full "
          .. "list was not found. The same day Georgia ordered mobilisation and made General "
          .. "Giorgi Kvinitadze commander-in-chief [S4].",
        ru = "Корабли Волжско-Каспийской флотилии под командованием Раскольникова прибыли в "
          .. "Баку [RED]; в источниках названы эсминцы «Карл Либкнехт» и «Деятельный», полного "
          .. "списка не найдено. В тот же день Грузия объявила мобилизацию и назначила "
          .. "главнокомандующим генерала Георгия Квинитадзе [S4].",
        az = "Raskolnikovun komandanlığı altında Volqa-Xəzər flotiliyasının gəmiləri Bakıya "
          .. "gəldi [RED]; mənbələrdə «Karl Libknext» və «Deyatelnı» esmineslərinin adı çəkilir, "
          .. "tam siyahı tapılmayıb. Həmin gün Gürcüstan səfərbərlik elan etdi və general "
          .. "Giorgi Kvinitadzeni baş komandan təyin etdi [S4].",
      },
    },
    {
      id = "main_line",
      date = { month = 5, day = 2, half = "dawn" },
      sources = { "S4", "GSE" },
      title = {
        en = "Early May: along the main line to the west",
        ru = "Начало мая: по магистрали на запад",
        az = "May əvvəli: magistral boyunca qərbə",
      },
      text = {
        en = "Red units went west along the Baku-Tiflis railway through Yevlakh and Ganja and "
          .. "reached the Georgian frontier in early May [S4]; the Great Soviet Encyclopedia "
          .. "says the 11th Army held most of Azerbaijan within 10 to 15 days [GSE]. The days "
          .. "on which each town was reached were not found; the replay sends two armored "
          .. "trains down the line from 2 May.",
        ru = "Красные части двинулись на запад по железной дороге Баку — Тифлис через Евлах и "
          .. "Гянджу и в начале мая вышли к грузинской границе [S4]; по Большой советской "
          .. "энциклопедии, 11-я армия заняла большую часть Азербайджана за 10–15 дней [GSE]. "
          .. "Даты прихода в каждый город не найдены; реплей отправляет по линии два "
          .. "бронепоезда со 2 мая.",
        az = "Qırmızı hissələr Bakı-Tiflis dəmir yolu ilə Yevlax və Gəncədən keçərək qərbə "
          .. "getdi və may ayının əvvəlində Gürcüstan sərhədinə çatdı [S4]; Böyük Sovet "
          .. "Ensiklopediyasına görə 11-ci ordu Azərbaycanın böyük hissəsini 10-15 gün "
          .. "ərzində tutdu [GSE]. Hər şəhərə çatma günləri tapılmayıb; replay 2 maydan xətt "
          .. "boyunca iki zirehli qatar göndərir.",
      },
      orders = {
        { "at209", "akstafa" },
        { "at65", "ganja" },
      },
    },
    {
      id = "tiflis",
      date = { month = 5, day = 3, half = "dawn" },
      sources = { "S4" },
      title = {
        en = "Night of 2/3 May: the coup attempt in Tiflis",
        ru = "Ночь на 3 мая: попытка переворота в Тифлисе",
        az = "2-3 may gecəsi: Tiflisdə çevriliş cəhdi",
      },
      text = {
        en = "About 25 Bolshevik fighters attacked the Tiflis Military College as the first "
          .. "move of a seizure of power. General Kvinitadze, still living there, and his cadets "
          .. "drove them off; the three ringleaders were later tried and executed, and "
          .. "Bolsheviks were rounded up across Georgia [S4].",
        ru = "Около 25 большевистских боевиков напали на Тифлисское военное училище, с "
          .. "которого должен был начаться захват власти. Генерал Квинитадзе, ещё живший там, и "
          .. "его юнкера отбили нападение; трое зачинщиков позже были осуждены и казнены, по "
          .. "всей Грузии прошли аресты большевиков [S4].",
        az = "Təxminən 25 bolşevik döyüşçüsü hakimiyyəti ələ keçirməyin ilk addımı kimi Tiflis "
          .. "Hərbi Məktəbinə hücum etdi. Hələ orada yaşayan general Kvinitadze və kursantları "
          .. "hücumu dəf etdi; üç başçı sonra məhkəmə qərarı ilə edam olundu, bütün "
          .. "Gürcüstanda bolşeviklər həbs edildi [S4].",
      },
    },
    {
      id = "red_bridge",
      date = { month = 5, day = 4, half = "dawn" },
      sources = { "S4", "OWK" },
      title = {
        en = "Early May: fighting on the Georgian frontier",
        ru = "Начало мая: бои на грузинской границе",
        az = "May əvvəli: Gürcüstan sərhədində döyüşlər",
      },
      text = {
        en = "Red detachments reached the Georgian-Azerbaijani frontier and pushed into Georgia, "
          .. "apparently on Ordzhonikidze's own initiative; Georgia gathered its forces and "
          .. "counter-attacked, and Moscow presented the clash as a local affair between "
          .. "Georgia and Soviet Azerbaijan [S4][OWK]. No source found gives the days or the "
          .. "places: the game puts the clash at the Red Bridge and Poili on 4 May, and the "
          .. "replay stops the Red train at Akstafa with Georgian troops holding the bridge.",
        ru = "Красные отряды вышли к грузино-азербайджанской границе и продвинулись в Грузию, "
          .. "по-видимому, по собственной инициативе Орджоникидзе; Грузия собрала силы и "
          .. "контратаковала, а Москва представляла столкновение как местный конфликт Грузии и "
          .. "Советского Азербайджана [S4][OWK]. Ни один найденный источник не называет дней и "
          .. "мест: игра относит бой к Красному мосту и Пойлы 4 мая, а реплей останавливает "
          .. "красный бронепоезд в Акстафе, пока грузинские войска держат мост.",
        az = "Qırmızı dəstələr Gürcüstan-Azərbaycan sərhədinə çatıb, görünür, Orconikidzenin "
          .. "öz təşəbbüsü ilə Gürcüstana daxil oldu; Gürcüstan qüvvələrini toplayıb əks-hücuma "
          .. "keçdi, Moskva isə toqquşmanı Gürcüstanla Sovet Azərbaycanı arasında yerli "
          .. "münaqişə kimi təqdim etdi [S4][OWK]. Tapılan mənbələr gün və yer göstərmir: oyun "
          .. "döyüşü 4 maya, Qırmızı körpü və Poylu ərazisinə aid edir, replay isə qırmızı "
          .. "qatarı Ağstafada saxlayır, gürcü qoşunları körpünü tutur.",
      },
      effects = {
        { "war", "red", "georgia", true },
      },
    },
    {
      id = "treaty",
      date = { month = 5, day = 7, half = "dawn" },
      sources = { "TREATY", "OWK", "S4" },
      title = {
        en = "7 May: the Treaty of Moscow",
        ru = "7 мая: Московский договор",
        az = "7 may: Moskva müqaviləsi",
      },
      text = {
        en = "L. Karakhan and G. Uratadze signed the Treaty of Moscow. Soviet Russia recognised "
          .. "Georgia's independence; Georgia undertook not to shelter forces hostile to Russia. "
          .. "The border was to follow the boundary of the Zakatala district [TREATY][OWK]. The "
          .. "Soviet side gave up the push into Georgia for the time being [S4].",
        ru = "Л. Карахан и Г. Уратадзе подписали Московский договор. Советская Россия признала "
          .. "независимость Грузии; Грузия обязалась не допускать на своей территории сил, "
          .. "враждебных России. Граница должна была пройти по границе Закатальского округа "
          .. "[TREATY][OWK]. Советская сторона на время отказалась от наступления на Грузию "
          .. "[S4].",
        az = "L. Karaxan və Q. Uratadze Moskva müqaviləsini imzaladı. Sovet Rusiyası "
          .. "Gürcüstanın müstəqilliyini tanıdı; Gürcüstan öz ərazisində Rusiyaya düşmən "
          .. "qüvvələri saxlamamağı öhdəsinə götürdü. Sərhəd Zaqatala dairəsinin sərhədi ilə "
          .. "keçməli idi [TREATY][OWK]. Sovet tərəfi Gürcüstana hücumdan müvəqqəti imtina etdi "
          .. "[S4].",
      },
      effects = {
        { "war", "red", "georgia", false },
      },
    },
  },
}
