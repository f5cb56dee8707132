-- "Gəncə, may 1920" ssenarisinin Azərbaycan dilində sətirləri. Faktlar mənbə işarəsi ilə
-- verilir; mübahisəli rəqəmlər yan-yana göstərilir.
return {
    title = "Gəncə, may 1920",
    desc = "1920-ci il 25/26 may gecəsi Gəncədə keçmiş AXC ordusunun hissələri sovet "
        .. "hakimiyyətinə qarşı qalxdı; onlara qaçaq dəstələri və kəndlilər qoşuldu. XI Ordu "
        .. "dəmir yolu ilə qoşun gətirdi. Şəhəri saxlayın — ya da geri alın. Yarım günlük 12 "
        .. "gediş, 26–31 may.",

    ["side.rebels"] = "Gəncə üsyançıları (keçmiş AXC ordusu)",
    ["opt.villagers.name"] = "Kəndlilər üsyana qoşulur",
    ["opt.villagers.note"] = "Tarixdə olduğu kimi: açıq. Qarnizona qaçaq dəstələri və kəndlilər "
        .. "qoşuldu [GANJA]. Sayı mübahisəlidir: bir versiyada təxminən 1800 qarnizon əsgəri, "
        .. "başqalarında kəndlilərlə birlikdə 10–12 min [GANJA][GSEG]. Açıq: 27 mayda iki "
        .. "silahlı kəndli dəstəsi qoşulur.",
    ["opt.colonists.name"] = "Yelenendorf kolonistləri",
    ["opt.colonists.note"] = "Tarixdə olduğu kimi: açıq. Rus Vikipediyası sovet tərəfində "
        .. "Yelenendorfun alman kolonistlərini və Gəncənin erməni könüllülərini göstərir "
        .. "[GANJARU]. Açıq: Yelenendorfda kolonistlərin dəstəsi durur.",
    ["opt.spread.name"] = "Üsyan qərbə yayılır",
    ["opt.spread.note"] = "Tarixdə olduğu kimi: bağlı. Tapılan heç bir mənbə üsyanın dəmir yolu "
        .. "boyu yayıldığını yazmır. Açıq: 28 mayda Şəmkir və Tovuzda üsyançı dəstələri görünür.",

    ["brief.1.title"] = "Üsyan",
    ["brief.1.text"] = "Keçmiş 1-ci piyada diviziyasının hissələri — 3-cü Gəncə alayı, 3-cü "
        .. "Şəki süvari alayının təlim komandası, artilleriya batareyası və diviziya komendantlığı "
        .. "— Gəncənin müsəlman hissəsini tutdu; bəzi mənbələrə görə onlar 20-ci diviziyanın "
        .. "hissələrini tərksilah edib stansiyaya hücum etdilər [GANJA][GSEG].",
    ["brief.2.title"] = "Rəhbərlər və rəqiblər",
    ["brief.2.text"] = "Mənbələr rəhbərlər arasında Məmməd Mirzə Qacarı (adı müxtəlif yazılır), "
        .. "generallar Cavad bəy Şıxlinski və Teymur bəy Novruzovu, polkovnik Cahangir bəy "
        .. "Kazımbəylini çəkir. Şəhərdə və yaxınlığında 178-ci və 180-ci atıcı alaylar, rabitə "
        .. "batalyonu və komendantlıq, Zurnabad yaxınlığında isə 40-cı süvari briqadası vardı "
        .. "[GANJA].",
    ["brief.3.title"] = "Necə qalib gəlmək olar",
    ["brief.3.text"] = "Qırmızılar sonda Gəncə üçün, şəhəri 28 may axşamınadək alsalar daha çox "
        .. "xal alır. Üsyançılar şəhəri 29 mayadək saxlamaq, sona qədər saxlasalar daha çox, və üç "
        .. "hissəni qorumaq üçün. 1920-ci ilin gedişi — şəhər bir neçə gün dayandı, sonra alındı — "
        .. "təxminən heç-heçədir.",
    ["note.dates.title"] = "Hansı tarixlər?",
    ["note.dates.text"] = "Mənbələr üsyanı 25/26 may gecəsindən 31 mayda yatırılmasınadək "
        .. "tarixləndirir [GANJA][GSEG]; layihənin təsvirində 25 may – 1 iyundur. Ssenari 26–31 "
        .. "mayı əhatə edir. İngilis Vikipediyası məqaləsinin köhnə versiyası 29 mayda uğursuz "
        .. "sovet hücumlarını qeyd edir.",
    ["note.numbers.title"] = "Neçə nəfər?",
    ["note.numbers.text"] = "Üsyançıların sayı mübahisəlidir: ingilis Vikipediyası məqaləsinin "
        .. "köhnə versiyasında təxminən 1800 qarnizon əsgəri; indikində və BSE-də kəndlilərlə "
        .. "birlikdə 10–12 min və üç batareya [GANJA][GSEG]. Sovet qüvvələrinin sayı verilmir. "
        .. "Buradakı bütün güclər oyun təxminidir.",
    ["note.framing.title"] = "Qiyam, yoxsa üsyan",
    ["note.framing.text"] = "Sovet ensiklopediyası onu əksinqilabi qiyam adlandırır [GSEG]. "
        .. "Azərbaycan tarixçiləri onu keçmiş milli ordunun zabitlərinin başçılıq etdiyi, sovet "
        .. "işğalına qarşı xalq üsyanları sırasında sayır [S2]; bugünkü ingilis Vikipediyası da "
        .. "işğala qarşı üsyan adlandırır [GANJA]. Oyun Gəncə üsyanı deyir.",
    ["note.map.title"] = "Xəritədə şəhər",
    ["note.map.text"] = "Bir heksdə on kilometr olduqda bütün şəhər bir heksdir. Sovet alaylarının "
        .. "durduğu erməni hissəsi və stansiya qonşu hekslərlə göstərilib.",
    ["note.civilians.title"] = "Bədəli",
    ["note.civilians.text"] = "Bir arayış 800-dən 8500-ədək itki göstərir, amma hansı tərəfin "
        .. "olduğunu aydınlaşdırmır [GANJA]; Azərbaycan tarixçiləri üsyandan sonrakı cəza "
        .. "tədbirlərini təsvir edir [S2]. Şəhərin erməni, azərbaycanlı və alman qonşuları hamısı "
        .. "hadisələrə cəlb olundu. Oyun yalnız yerlərə nəzarəti və hissələrin qorunmasını sayır.",

    ["unit.regt3"] = "3-cü Gəncə alayı",
    ["unit.battery"] = "Artilleriya batareyası",
    ["unit.sheki_team"] = "3-cü Şəki süvari alayının təlim komandası",
    ["unit.commandant"] = "Diviziya komendantlığı",
    ["unit.gachag_gambar"] = "Qaçaq Qəmbərin dəstəsi",
    ["unit.sari_alakbar"] = "Sarı Ələkbərin dəstəsi",
    ["unit.vill_1"] = "Silahlı kəndlilər (qərb)",
    ["unit.vill_2"] = "Silahlı kəndlilər (şərq)",
    ["unit.spread_1"] = "Şəmkirdə üsyançılar",
    ["unit.spread_2"] = "Üsyançı dəstəsi (Qazax qəzası)",
    ["unit.r178"] = "178-ci atıcı alay",
    ["unit.r180"] = "180-ci atıcı alay",
    ["unit.signals"] = "3-cü briqadanın rabitə batalyonu",
    ["unit.cav40"] = "40-cı süvari briqadası",
    ["unit.helenendorf"] = "Yelenendorf kolonistləri",
    ["unit.div20"] = "20-ci atıcı diviziya (əsas qüvvələr)",
    ["unit.at_ganja"] = "Zirehli qatar",
    ["unit.r_west"] = "Ağstafadan atıcı alay",
    ["unit.div_more"] = "Bakıdan əlavə qüvvələr",

    ["msg.start"] = "25/26 may gecəsi: Gəncə qarnizonu üsyan qaldırıb şəhərin müsəlman "
        .. "hissəsini tutur [GANJA].",
    ["msg.villagers"] = "Üsyana silahlı kəndlilər və qaçaq dəstələri qoşulur [GANJA].",
    ["msg.held29"] = "29 may: Gəncə hələ dayanır. İngilis Vikipediyası məqaləsinin köhnə "
        .. "versiyası bu gün uğursuz hücumları qeyd edir [GANJA].",
    ["msg.retaken"] = "Sovet qoşunları Gəncədədir. 1920-ci ildə üsyan 31 mayda yatırıldı "
        .. "[GSEG].",
    ["msg.spread"] = "Bəs əgər: üsyan dəmir yolu boyu qərbə yayılır.",

    ["ms.revolt"] = "Gəncədə üsyan",
    ["ms.held29"] = "Gəncə 29 mayda dayanır",
    ["ms.retaken"] = "Gəncə geri alındı",

    ["obj.r_city"] = "Sonda Gəncəni tutmaq",
    ["obj.r_fast"] = "28 may axşamınadək Gəncəni almaq",
    ["obj.a_hold28"] = "Gəncəni 28 mayın sonunadək saxlamaq",
    ["obj.a_hold29"] = "Gəncəni 29 mayadək saxlamaq",
    ["obj.a_city"] = "Sonda Gəncəni saxlamaq",
    ["obj.a_survive"] = "Üç hissəni qorumaq",

}
