-- Nümunənin Azərbaycanca mətnləri. Burada olmayan açarlar en.lua-dan götürülür.
return {
    title = "Sahil xətti (nümunə)",
    desc = "Kiçik nümunə: limanda desant çıxarın və şəhəri ikinci axşama qədər alın.",
    ["side.red"] = "Qırmızı desant",
    ["side.blue"] = "Mavi qarnizon",
    ["opt.garrison.name"] = "Qarnizonun gücü",
    ["opt.garrison.note"] = "Şəhəri qoruyan atıcı rotasının addımları (1-dən 3-ə; 3 tam "
        .. "heyətdir).",
    ["opt.reserve.name"] = "Mavilərin ehtiyatı",
    ["opt.reserve.note"] = "Desant başlayanda deposa könüllü ehtiyat gəlir.",
    ["unit.townsmen"] = "Şəhərlilər batalyonu",
    ["obj.delay"] = "Şəhəri ikinci axşama qədər saxlamaq",
    ["ms.town"] = "Şəhər alındı",
    ["ms.reserve"] = "Ehtiyat gəldi",
    ["msg.start"] = "Desant başlayır.",
    ["msg.town"] = "Şəhərin üzərində qırmızı bayraqlar.",
    ["msg.reserve_lost"] = "Depo düşüb: ehtiyat geri dönür.",
}
