"""Where the invented companies are: towns and industrial areas with the trades they are known for.

Each locality carries what an address needs in both scripts, the postal code, the telephone area
code and the sectors (codes from ``industries``) typical of the place. Postal codes are those of
the area; street numbers are invented when an address is made.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Locality:
    country: str
    city: str
    city_local: str | None
    area: str
    area_local: str | None
    region: str
    region_local: str | None
    postal_code: str
    phone_area: str
    sectors: tuple[str, ...]
    street: str | None = None
    street_local: str | None = None
    chome: bool = True  # Japan: "2-14-5" (chōme) or "1234-5" (banchi)


def _localities(country: str, rows: str, *, chome_free: frozenset[str] = frozenset()) -> tuple[Locality, ...]:
    """One locality per line: fields separated by '|', sectors by spaces."""
    result = []
    for line in unicodedata.normalize("NFC", rows).strip().splitlines():
        (city, city_local, area, area_local, region, region_local, postal, phone, sectors,
         *street) = [field.strip() for field in line.split("|")]
        result.append(Locality(country, city, city_local or None, area, area_local or None, region,
                               region_local or None, postal, phone, tuple(sectors.split()),
                               street[0] if street else None, street[1] if len(street) > 1 else None,
                               chome=area not in chome_free))
    return tuple(result)


KERALA = _localities("IN", """
Kochi|കൊച്ചി|Kalamassery|കളമശ്ശേരി|Kerala|കേരളം|683104|484|electronics machining food rubber
Kochi|കൊച്ചി|Kakkanad|കാക്കനാട്|Kerala|കേരളം|682030|484|software electronics spices
Kochi|കൊച്ചി|Edappally|ഇടപ്പള്ളി|Kerala|കേരളം|682024|484|ayurveda food spices
Kochi|കൊച്ചി|Thoppumpady|തോപ്പുംപടി|Kerala|കേരളം|682005|484|seafood spices
Aroor|അരൂർ|Aroor|അരൂർ|Kerala|കേരളം|688534|478|seafood
Perumbavoor|പെരുമ്പാവൂർ|Perumbavoor|പെരുമ്പാവൂർ|Kerala|കേരളം|683542|484|plywood
Angamaly|അങ്കമാലി|Angamaly|അങ്കമാലി|Kerala|കേരളം|683572|484|food machining
Thrissur|തൃശ്ശൂർ|Punkunnam|പൂങ്കുന്നം|Kerala|കേരളം|680002|487|ayurveda food
Thrissur|തൃശ്ശൂർ|Ollur|ഒല്ലൂർ|Kerala|കേരളം|680306|487|machining rubber
Kozhikode|കോഴിക്കോട്|West Hill|വെസ്റ്റ്ഹിൽ|Kerala|കേരളം|673005|495|food coconut
Kozhikode|കോഴിക്കോട്|Feroke|ഫറോക്ക്|Kerala|കേരളം|673631|495|plywood coconut
Thiruvananthapuram|തിരുവനന്തപുരം|Kazhakkoottam|കഴക്കൂട്ടം|Kerala|കേരളം|695582|471|software electronics
Thiruvananthapuram|തിരുവനന്തപുരം|Pappanamcode|പാപ്പനംകോട്|Kerala|കേരളം|695018|471|machining ayurveda
Kollam|കൊല്ലം|Kilikollur|കിളികൊല്ലൂർ|Kerala|കേരളം|691004|474|cashew
Kollam|കൊല്ലം|Kundara|കുണ്ടറ|Kerala|കേരളം|691501|474|cashew
Alappuzha|ആലപ്പുഴ|Kalavoor|കലവൂർ|Kerala|കേരളം|688522|477|coir
Cherthala|ചേർത്തല|Cherthala|ചേർത്തല|Kerala|കേരളം|688524|478|coir seafood
Palakkad|പാലക്കാട്|Kanjikode|കഞ്ചിക്കോട്|Kerala|കേരളം|678621|491|machining food
Malappuram|മലപ്പുറം|Kottakkal|കോട്ടക്കൽ|Kerala|കേരളം|676503|483|ayurveda
Kottayam|കോട്ടയം|Ettumanoor|ഏറ്റുമാനൂർ|Kerala|കേരളം|686631|481|rubber
Idukki|ഇടുക്കി|Kattappana|കട്ടപ്പന|Kerala|കേരളം|685508|4868|spices tea_coffee
Wayanad|വയനാട്|Kalpetta|കൽപ്പറ്റ|Kerala|കേരളം|673121|4936|tea_coffee spices
Kannur|കണ്ണൂർ|Thottada|തോട്ടട|Kerala|കേരളം|670007|497|handloom
""")

NORTH_INDIA = _localities("IN", """
New Delhi|नई दिल्ली|Okhla Industrial Area|ओखला औद्योगिक क्षेत्र|Delhi|दिल्ली|110020|11|textiles electronics packaging
Noida|नोएडा|Sector 63|सेक्टर 63|Uttar Pradesh|उत्तर प्रदेश|201301|120|electronics software textiles
Ludhiana|लुधियाना|Focal Point|फोकल पॉइंट|Punjab|पंजाब|141010|161|auto_parts textiles
Jaipur|जयपुर|Sitapura Industrial Area|सीतापुरा औद्योगिक क्षेत्र|Rajasthan|राजस्थान|302022|141|handicrafts textiles
Kanpur|कानपुर|Jajmau|जाजमऊ|Uttar Pradesh|उत्तर प्रदेश|208010|512|leather
Agra|आगरा|Foundry Nagar|फाउंड्री नगर|Uttar Pradesh|उत्तर प्रदेश|282006|562|leather forging
Moradabad|मुरादाबाद|Civil Lines|सिविल लाइंस|Uttar Pradesh|उत्तर प्रदेश|244001|591|metalware
Faridabad|फ़रीदाबाद|Sector 24|सेक्टर 24|Haryana|हरियाणा|121005|129|auto_parts forging machining
Panipat|पानीपत|Sector 29|सेक्टर 29|Haryana|हरियाणा|132103|180|textiles
Varanasi|वाराणसी|Lahartara|लहरतारा|Uttar Pradesh|उत्तर प्रदेश|221002|542|textiles handicrafts
Jalandhar|जालंधर|Basti Sheikh|बस्ती शेख|Punjab|पंजाब|144002|181|sports
""")

# Japan: area is "district, ward, municipality" in English; area_local the same in kanji, region the prefecture.
JAPAN = _localities("JP", """
Tokyo|東京|Shimomaruko, Ota City|大田区下丸子|Tokyo|東京都|146-0092|3|machining auto_parts electronics
Tokyo|東京|Higashikojiya, Ota City|大田区東糀谷|Tokyo|東京都|144-0033|3|machining forging
Tokyo|東京|Yahiro, Sumida City|墨田区八広|Tokyo|東京都|131-0041|3|packaging textiles machining
Higashiosaka|東大阪|Takaida, Higashiosaka|東大阪市高井田|Osaka|大阪府|577-0066|6|machining forging auto_parts
Higashiosaka|東大阪|Mizuhai, Higashiosaka|東大阪市水走|Osaka|大阪府|578-0921|6|machining packaging medical
Osaka|大阪|Honmachi, Chuo Ward, Osaka City|大阪市中央区本町|Osaka|大阪府|541-0053|6|food software medical
Nagoya|名古屋|Rokuban, Atsuta Ward, Nagoya|名古屋市熱田区六番|Aichi|愛知県|456-0058|52|auto_parts machining
Toyota|豊田|Tsutsumicho, Toyota|豊田市堤町|Aichi|愛知県|473-0932|565|auto_parts forging
Hamamatsu|浜松|Takatsukacho, Chuo Ward, Hamamatsu|浜松市中央区高塚町|Shizuoka|静岡県|432-8061|53|auto_parts electronics
Yaizu|焼津|Nakaminato, Yaizu|焼津市中港|Shizuoka|静岡県|425-0021|54|seafood food
Shizuoka|静岡|Makigaya, Aoi Ward, Shizuoka City|静岡市葵区牧ケ谷|Shizuoka|静岡県|421-1215|54|tea_coffee food
Tsubame|燕|Koike, Tsubame|燕市小池|Niigata|新潟県|959-1263|256|cutlery
Seki|関|Hidase, Seki|関市肥田瀬|Gifu|岐阜県|501-3217|575|cutlery
Tajimi|多治見|Kasaharacho, Tajimi|多治見市笠原町|Gifu|岐阜県|507-0901|572|ceramics
Arita|有田|Izumiyama, Arita, Nishimatsuura District|西松浦郡有田町泉山|Saga|佐賀県|844-0001|955|ceramics
Imabari|今治|Bekkucho, Imabari|今治市別宮町|Ehime|愛媛県|794-0005|898|textiles
Kobe|神戸|Uozaki-minamimachi, Higashinada Ward, Kobe|神戸市東灘区魚崎南町|Hyogo|兵庫県|658-0025|78|sake
Kyoto|京都|Minamihamacho, Fushimi Ward, Kyoto City|京都市伏見区南浜町|Kyoto|京都府|612-8044|75|sake food
Kanazawa|金沢|Higashiyama, Kanazawa|金沢市東山|Ishikawa|石川県|920-0831|76|handicrafts food
Kesennuma|気仙沼|Uoichibamae, Kesennuma|気仙沼市魚市場前|Miyagi|宮城県|988-0037|226|seafood
Fukuoka|福岡|Hakata-ekimae, Hakata Ward, Fukuoka City|福岡市博多区博多駅前|Fukuoka|福岡県|812-0011|92|software food
Kawasaki|川崎|Kamikodanaka, Nakahara Ward, Kawasaki|川崎市中原区上小田中|Kanagawa|神奈川県|211-0053|44|electronics software
Sakai|堺|Nakamozucho, Kita Ward, Sakai|堺市北区中百舌鳥町|Osaka|大阪府|591-8023|72|cutlery machining
Sabae|鯖江|Shinyokoe, Sabae|鯖江市新横江|Fukui|福井県|916-0042|778|eyewear
Takaoka|高岡|Kanayamachi, Takaoka|高岡市金屋町|Toyama|富山県|933-0841|766|metalware
""", chome_free=frozenset({"Kasaharacho, Tajimi", "Izumiyama, Arita, Nishimatsuura District",
                          "Bekkucho, Imabari", "Koike, Tsubame", "Hidase, Seki", "Tsutsumicho, Toyota",
                          "Takatsukacho, Chuo Ward, Hamamatsu", "Mizuhai, Higashiosaka",
                          "Makigaya, Aoi Ward, Shizuoka City", "Uoichibamae, Kesennuma"}))

_THAI_PROVINCES = {
    "Bangkok": "กรุงเทพมหานคร", "Samut Prakan": "สมุทรปราการ", "Chon Buri": "ชลบุรี", "Rayong": "ระยอง",
    "Phra Nakhon Si Ayutthaya": "พระนครศรีอยุธยา", "Chiang Mai": "เชียงใหม่", "Lampang": "ลำปาง",
    "Samut Sakhon": "สมุทรสาคร", "Songkhla": "สงขลา", "Khon Kaen": "ขอนแก่น", "Nakhon Ratchasima": "นครราชสีมา",
    "Surat Thani": "สุราษฎร์ธานี",
}


def _thai_localities(rows: str) -> tuple[Locality, ...]:
    """city|city (Thai)|province|subdistrict|(Thai)|district|(Thai)|postal|phone|sectors[|road|road (Thai)].

    Bangkok has khwaeng and khet where the provinces have tambon, amphoe and changwat.
    """
    result = []
    for line in unicodedata.normalize("NFC", rows).strip().splitlines():
        (city, city_th, province, sub, sub_th, district, district_th, postal, phone, sectors,
         *road) = [field.strip() for field in line.split("|")]
        province_th = _THAI_PROVINCES[province]
        if province == "Bangkok":
            area_th = f"แขวง{sub_th} เขต{district_th} {province_th}"
        else:
            area_th = f"ตำบล{sub_th} อำเภอ{district_th} จังหวัด{province_th}"
        result.append(Locality("TH", city, city_th, f"{sub}, {district}, {province}", area_th, province, province_th,
                               postal, phone, tuple(sectors.split()), road[0] if road else None,
                               road[1] if road else None))
    return tuple(result)


THAILAND = _thai_localities("""
Bangkok|กรุงเทพมหานคร|Bangkok|Bang Na|บางนา|Bang Na|บางนา|10260|2|food electronics packaging|Bang Na-Trat Road|ถนนบางนา-ตราด
Bangkok|กรุงเทพมหานคร|Bangkok|Lam Plathio|ลำปลาทิว|Lat Krabang|ลาดกระบัง|10520|2|auto_parts electronics machining
Bangkok|กรุงเทพมหานคร|Bangkok|Chatuchak|จตุจักร|Chatuchak|จตุจักร|10900|2|software food|Phahonyothin Road|ถนนพหลโยธิน
Bangkok|กรุงเทพมหานคร|Bangkok|Samae Dam|แสมดำ|Bang Khun Thian|บางขุนเทียน|10150|2|food packaging|Rama II Road|ถนนพระรามที่ 2
Samut Prakan|สมุทรปราการ|Samut Prakan|Bang Phli Yai|บางพลีใหญ่|Bang Phli|บางพลี|10540|2|auto_parts machining rubber
Si Racha|ศรีราชา|Chon Buri|Bueng|บึง|Si Racha|ศรีราชา|20230|38|auto_parts machining|Sukhumvit Road|ถนนสุขุมวิท
Rayong|ระยอง|Rayong|Pluak Daeng|ปลวกแดง|Pluak Daeng|ปลวกแดง|21140|38|auto_parts rubber
Ayutthaya|อยุธยา|Phra Nakhon Si Ayutthaya|Khlong Chik|คลองจิก|Bang Pa-in|บางปะอิน|13160|35|electronics machining
Chiang Mai|เชียงใหม่|Chiang Mai|Ton Pao|ต้นเปา|San Kamphaeng|สันกำแพง|50130|53|handicrafts textiles ceramics tea_coffee
Lampang|ลำปาง|Lampang|Phrabat|พระบาท|Mueang Lampang|เมืองลำปาง|52000|54|ceramics
Samut Sakhon|สมุทรสาคร|Samut Sakhon|Tha Chalom|ท่าฉลอม|Mueang Samut Sakhon|เมืองสมุทรสาคร|74000|34|seafood food
Hat Yai|หาดใหญ่|Songkhla|Khuan Lang|ควนลัง|Hat Yai|หาดใหญ่|90110|74|rubber seafood
Khon Kaen|ขอนแก่น|Khon Kaen|Nai Mueang|ในเมือง|Mueang Khon Kaen|เมืองขอนแก่น|40000|43|food textiles
Nakhon Ratchasima|นครราชสีมา|Nakhon Ratchasima|Nai Mueang|ในเมือง|Mueang Nakhon Ratchasima|เมืองนครราชสีมา|30000|44|food
Surat Thani|สุราษฎร์ธานี|Surat Thani|Makham Tia|มะขามเตี้ย|Mueang Surat Thani|เมืองสุราษฎร์ธานี|84000|77|seafood rubber
""")

INDONESIA = _localities("ID", """
Jakarta Timur||Pulo Gadung||DKI Jakarta||13920|21|auto_parts food medical|Jl. Rawa Gelam
Jakarta Utara||Penjaringan||DKI Jakarta||14440|21|seafood food|Jl. Muara Baru Raya
Bekasi||Cikarang Utara||Jawa Barat||17530|21|auto_parts machining medical|Jl. Industri Selatan
Karawang||Telukjambe Timur||Jawa Barat||41361|267|auto_parts machining|Jl. Surya Utama
Bandung||Cibeunying Kaler||Jawa Barat||40122|22|textiles food herbal|Jl. Cikutra
Surabaya||Rungkut||Jawa Timur||60293|31|food seafood medical|Jl. Rungkut Industri Raya
Sidoarjo||Buduran||Jawa Timur||61252|31|seafood auto_parts|Jl. Raya Buduran
Semarang||Tugu||Jawa Tengah||50151|24|food herbal|Jl. Industri Candi
Yogyakarta||Kotagede||DI Yogyakarta||55173|274|batik handicrafts herbal|Jl. Kemasan
Surakarta||Laweyan||Jawa Tengah||57148|271|batik herbal|Jl. Sidoluhur
Pekalongan||Pekalongan Barat||Jawa Tengah||51117|285|batik|Jl. Jlamprang
Makassar||Ujung Tanah||Sulawesi Selatan||90165|411|seafood food|Jl. Nusantara
Bitung||Aertembaga||Sulawesi Utara||95526|438|seafood|Jl. Samudera
Medan||Medan Amplas||Sumatera Utara||20219|61|tea_coffee food rubber|Jl. Sisingamangaraja
Malang||Lowokwaru||Jawa Timur||65141|341|tea_coffee food herbal|Jl. Soekarno-Hatta
Jepara||Tahunan||Jawa Tengah||59427|291|furniture|Jl. Raya Jepara-Kudus
Denpasar||Denpasar Selatan||Bali||80222|361|handicrafts food tea_coffee|Jl. Bypass Ngurah Rai
""")


def address(rng: random.Random, place: Locality) -> tuple[str, str | None]:
    """A street address in Latin script and in the local script (None where Latin is local)."""
    if place.country == "IN":
        number = f"{rng.randint(1, 48)}/{rng.randint(100, 2999)}"
        if place.area == place.city:
            return (f"{number}, {place.city}, {place.region}",
                    f"{number}, {place.city_local}, {place.region_local}")
        return (f"{number}, {place.area}, {place.city}, {place.region}",
                f"{number}, {place.area_local}, {place.city_local}, {place.region_local}")
    if place.country == "JP":
        if place.chome:
            number = f"{rng.randint(1, 5)}-{rng.randint(1, 28)}-{rng.randint(1, 20)}"
        else:
            number = f"{rng.randint(100, 2999)}-{rng.randint(1, 9)}"
        return f"{number} {place.area}, {place.region}", f"{place.region_local}{place.area_local}{number}"
    if place.country == "TH":
        number = f"{rng.randint(9, 999)}/{rng.randint(1, 99)}"
        moo = None if place.region == "Bangkok" else str(rng.randint(1, 12))
        latin = [number] + ([f"Moo {moo}"] if moo else []) + ([place.street] if place.street else []) + [place.area]
        local = [number] + ([f"หมู่ {moo}"] if moo else []) + ([place.street_local] if place.street_local else [])
        return ", ".join(latin), " ".join(local + [place.area_local])
    number = f"{place.street} No. {rng.randint(1, 180)}"
    if rng.random() < 0.3:
        number += f" Kav. {rng.randint(1, 40)}"
    return f"{number}, {place.area}, {place.city}, {place.region}", None
