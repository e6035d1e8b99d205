"""Invented company names in the way each country names its SMEs, in Latin and local script.

Kerala and northern India: an English trading name (place, founder or deity + trade + Pvt Ltd),
transliterated into Malayalam or Hindi as it appears on signboards. Japan: 株式会社 + family or
old-province name + trade, with its katakana reading. Thailand: บริษัท … จำกัด. Indonesia: PT/CV.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from .names import HINDI_HINDU, JAPANESE, KERALA_CHRISTIAN, Community, NamePart
from .places import Locality


@dataclass(frozen=True)
class CompanyName:
    name: str
    name_local: str | None
    reading: str | None  # Japanese: katakana, without the legal form (how directories sort)
    domain_words: tuple[str, ...]  # Latin words the web domain is made of
    founder: NamePart | None = None  # the family in the name, which usually still runs the firm
    founder_community: Community | None = None


def _pairs(text: str) -> tuple[NamePart, ...]:
    """``Latin|local|reading`` entries separated by ';' (reading only for Japanese)."""
    parts = []
    for entry in unicodedata.normalize("NFC", text).split(";"):
        latin, local, *reading = [p.strip() for p in entry.split("|")]
        parts.append(NamePart(latin, local, reading[0] if reading else None))
    return tuple(parts)


# --- Kerala -------------------------------------------------------------------------------------
KERALA_PLACES = {
    "Kochi": _pairs("Cochin|കൊച്ചിൻ;Periyar|പെരിയാർ;Muziris|മുസിരിസ്;Kerala|കേരള;Sahyadri|സഹ്യാദ്രി"),
    "Aroor": _pairs("Vembanad|വേമ്പനാട്;Kayal|കായൽ"),
    "Cherthala": _pairs("Vembanad|വേമ്പനാട്;Kuttanad|കുട്ടനാട്;Pamba|പമ്പ"),
    "Alappuzha": _pairs("Kuttanad|കുട്ടനാട്;Pamba|പമ്പ;Kayal|കായൽ"),
    "Perumbavoor": _pairs("Periyar|പെരിയാർ;Kerala|കേരള"),
    "Angamaly": _pairs("Periyar|പെരിയാർ;Kerala|കേരള"),
    "Thrissur": _pairs("Nila|നിള;Kerala|കേരള"),
    "Kozhikode": _pairs("Malabar|മലബാർ;Chaliyar|ചാലിയാർ"),
    "Thiruvananthapuram": _pairs("Travancore|ട്രാവൻകൂർ;Anugraha|അനുഗ്രഹ"),
    "Kollam": _pairs("Ashtamudi|അഷ്ടമുടി;Quilon|ക്വയിലോൺ;Travancore|ട്രാവൻകൂർ"),
    "Palakkad": _pairs("Sahyadri|സഹ്യാദ്രി;Nila|നിള"),
    "Malappuram": _pairs("Malabar|മലബാർ"),
    "Kottayam": _pairs("Meenachil|മീനച്ചിൽ;Kerala|കേരള"),
    "Idukki": _pairs("High Range|ഹൈറേഞ്ച്;Sahyadri|സഹ്യാദ്രി;Periyar|പെരിയാർ"),
    "Wayanad": _pairs("Wayanad|വയനാട്;Sahyadri|സഹ്യാദ്രി"),
    "Kannur": _pairs("Malabar|മലബാർ;Kannur|കണ്ണൂർ"),
}
KERALA_BLESSINGS = _pairs("Sree Durga|ശ്രീ ദുർഗ;Green Valley|ഗ്രീൻ വാലി;Anugraha|അനുഗ്രഹ")
KERALA_TRADES = {
    "spices": _pairs("Spices|സ്പൈസസ്;Spice Exports|സ്പൈസ് എക്സ്പോർട്ട്സ്;Agro Products|അഗ്രോ പ്രോഡക്ട്സ്"),
    "coir": _pairs("Coir Products|കയർ പ്രോഡക്ട്സ്;Coir Industries|കയർ ഇൻഡസ്ട്രീസ്;Coir Mats|കയർ മാറ്റ്സ്"),
    "cashew": _pairs("Cashew Industries|കാഷ്യൂ ഇൻഡസ്ട്രീസ്;Cashew Exports|കാഷ്യൂ എക്സ്പോർട്ട്സ്;"
                     "Cashew Company|കാഷ്യൂ കമ്പനി"),
    "seafood": _pairs("Seafoods|സീഫുഡ്സ്;Marine Exports|മറൈൻ എക്സ്പോർട്ട്സ്;Marine Products|മറൈൻ പ്രോഡക്ട്സ്"),
    "ayurveda": _pairs("Ayurveda Pharmacy|ആയുർവേദ ഫാർമസി;Herbals|ഹെർബൽസ്;Ayurvedics|ആയുർവേദിക്സ്"),
    "rubber": _pairs("Rubber Products|റബ്ബർ പ്രോഡക്ട്സ്;Rubber Industries|റബ്ബർ ഇൻഡസ്ട്രീസ്;Latex|ലാറ്റക്സ്"),
    "tea_coffee": _pairs("Tea Company|ടീ കമ്പനി;Coffee Works|കോഫി വർക്സ്;Plantations|പ്ലാന്റേഷൻസ്"),
    "handloom": _pairs("Weavers|വീവേഴ്സ്;Textiles|ടെക്സ്റ്റൈൽസ്"),
    "software": _pairs("Infotech|ഇൻഫോടെക്;Technologies|ടെക്നോളജീസ്;Digital Solutions|ഡിജിറ്റൽ സൊല്യൂഷൻസ്"),
    "electronics": _pairs("Electronics|ഇലക്ട്രോണിക്സ്;Controls|കൺട്രോൾസ്;Power Systems|പവർ സിസ്റ്റംസ്"),
    "food": _pairs("Food Products|ഫുഡ് പ്രോഡക്ട്സ്;Foods|ഫുഡ്സ്;Agro Foods|അഗ്രോ ഫുഡ്സ്"),
    "plywood": _pairs("Plywoods|പ്ലൈവുഡ്സ്;Timber Industries|ടിമ്പർ ഇൻഡസ്ട്രീസ്"),
    "coconut": _pairs("Coconut Products|കോക്കനട്ട് പ്രോഡക്ട്സ്;Coconut Industries|കോക്കനട്ട് ഇൻഡസ്ട്രീസ്"),
    "machining": _pairs("Engineering Works|എഞ്ചിനീയറിങ് വർക്സ്;Precision Engineering|പ്രിസിഷൻ എഞ്ചിനീയറിങ്;"
                        "Industries|ഇൻഡസ്ട്രീസ്"),
}
KERALA_FORMS = _pairs("Pvt Ltd|പ്രൈവറ്റ് ലിമിറ്റഡ്;LLP|എൽഎൽപി")
AND_SONS = NamePart("& Sons", "ആൻഡ് സൺസ്")

# --- Northern India -----------------------------------------------------------------------------
HINDI_PLACES = {
    "Jaipur": _pairs("Pink City|पिंक सिटी"), "Varanasi": _pairs("Kashi|काशी"), "Agra": _pairs("Taj|ताज"),
    "Jalandhar": _pairs("Doaba|दोआबा"), "Ludhiana": _pairs("Punjab|पंजाब"),
}
HINDI_BLESSINGS = _pairs("Shree Balaji|श्री बालाजी;Shree Ganesh|श्री गणेश;Laxmi|लक्ष्मी;Om Sai|ओम साई;"
                         "Bharat|भारत;Ganga|गंगा;Yamuna|यमुना;Surya|सूर्य;Mahavir|महावीर;National|नेशनल;"
                         "Royal|रॉयल")
HINDI_TRADES = {
    "textiles": _pairs("Textiles|टेक्सटाइल्स;Knitwears|निटवियर्स;Home Furnishings|होम फर्निशिंग्स;"
                       "Silk Fabrics|सिल्क फैब्रिक्स"),
    "electronics": _pairs("Electronics|इलेक्ट्रॉनिक्स;Electricals|इलेक्ट्रिकल्स"),
    "packaging": _pairs("Packaging|पैकेजिंग;Poly Packs|पॉली पैक्स"),
    "software": _pairs("Infotech|इन्फोटेक;Technologies|टेक्नोलॉजीज़;Softech|सॉफ्टेक"),
    "auto_parts": _pairs("Auto Components|ऑटो कंपोनेंट्स;Auto Industries|ऑटो इंडस्ट्रीज़;Cycle Parts|साइकिल पार्ट्स"),
    "handicrafts": _pairs("Handicrafts|हैंडीक्राफ्ट्स;Art Exports|आर्ट एक्सपोर्ट्स;Block Prints|ब्लॉक प्रिंट्स"),
    "leather": _pairs("Leathers|लेदर्स;Tanners|टैनर्स;Footwear|फुटवियर"),
    "forging": _pairs("Forgings|फोर्जिंग्स;Castings|कास्टिंग्स"),
    "metalware": _pairs("Brass Art|ब्रास आर्ट;Metal Crafts|मेटल क्राफ्ट्स;Brassware|ब्रासवेयर"),
    "machining": _pairs("Precision Tools|प्रिसिज़न टूल्स;Engineering Works|इंजीनियरिंग वर्क्स"),
    "sports": _pairs("Sports|स्पोर्ट्स;Sports Industries|स्पोर्ट्स इंडस्ट्रीज़"),
}
HINDI_FORMS = _pairs("Pvt Ltd|प्राइवेट लिमिटेड;LLP|एलएलपी")
HINDI_AND_SONS = NamePart("& Sons", "एंड संस")

# --- Japan --------------------------------------------------------------------------------------
JAPAN_OLD_NAMES = {
    "Tokyo": _pairs("Keihin|京浜|ケイヒン;Toho|東邦|トウホウ"), "Kawasaki": _pairs("Keihin|京浜|ケイヒン"),
    "Higashiosaka": _pairs("Kawachi|河内|カワチ;Naniwa|浪速|ナニワ"), "Osaka": _pairs("Naniwa|浪速|ナニワ"),
    "Sakai": _pairs("Senshu|泉州|センシュウ"), "Nagoya": _pairs("Owari|尾張|オワリ"),
    "Toyota": _pairs("Mikawa|三河|ミカワ"), "Hamamatsu": _pairs("Enshu|遠州|エンシュウ"),
    "Yaizu": _pairs("Suruga|駿河|スルガ"), "Shizuoka": _pairs("Suruga|駿河|スルガ"),
    "Tsubame": _pairs("Echigo|越後|エチゴ"), "Seki": _pairs("Mino|美濃|ミノ"), "Tajimi": _pairs("Mino|美濃|ミノ"),
    "Arita": _pairs("Hizen|肥前|ヒゼン"), "Imabari": _pairs("Iyo|伊予|イヨ"), "Kobe": _pairs("Nada|灘|ナダ"),
    "Kyoto": _pairs("Fushimi|伏見|フシミ"), "Kanazawa": _pairs("Kaga|加賀|カガ"),
    "Kesennuma": _pairs("Sanriku|三陸|サンリク"), "Fukuoka": _pairs("Tsukushi|筑紫|ツクシ"),
    "Sabae": _pairs("Echizen|越前|エチゼン"), "Takaoka": _pairs("Hokuriku|北陸|ホクリク"),
}
JAPAN_LUCKY_NAMES = _pairs("Sanwa|三和|サンワ;Kyowa|協和|キョウワ;Taiyo|太陽|タイヨウ;Nisshin|日進|ニッシン;"
                           "Asahi|旭|アサヒ;Yamaichi|山一|ヤマイチ;Maruei|丸栄|マルエイ")
JAPAN_TRADES = {
    "machining": _pairs("Precision Industry|精密工業|セイミツコウギョウ;Seisakusho|製作所|セイサクショ;"
                        "Seiko|精工|セイコウ;Giken|技研|ギケン"),
    "auto_parts": _pairs("Kogyo|工業|コウギョウ;Press Industry|プレス工業|プレスコウギョウ;"
                         "Kasei|化成|カセイ;Parts Industry|部品工業|ブヒンコウギョウ"),
    "forging": _pairs("Forging|鍛造|タンゾウ;Foundry|鋳造所|チュウゾウショ;Heat Treatment|熱処理|ネツショリ"),
    "electronics": _pairs("Denshi|電子|デンシ;Electric|電機|デンキ;Denshi Kogyo|電子工業|デンシコウギョウ"),
    "packaging": _pairs("Packaging|包装|ホウソウ;Printing|印刷|インサツ;Shiki|紙器|シキ"),
    "textiles": _pairs("Towel|タオル|タオル;Textile|繊維|センイ;Knit|ニット|ニット"),
    "medical": _pairs("Medical|メディカル|メディカル;Ika Kogyo|医科工業|イカコウギョウ"),
    "food": _pairs("Foods|食品|ショクヒン;Food Industry|食品工業|ショクヒンコウギョウ"),
    "software": _pairs("Systems|システムズ|システムズ;Soft|ソフト|ソフト;Tech|テック|テック"),
    "tea_coffee": _pairs("Tea|製茶|セイチャ;Chaho|茶舗|チャホ"),
    "seafood": _pairs("Suisan|水産|スイサン;Reito|冷凍|レイトウ"),
    "cutlery": _pairs("Cutlery|刃物|ハモノ;Tableware|洋食器|ヨウショッキ;Kinzoku Kogyo|金属工業|キンゾクコウギョウ"),
    "ceramics": _pairs("Seito|製陶|セイトウ;Ceramics|窯業|ヨウギョウ;Porcelain|陶磁器|トウジキ"),
    "sake": _pairs("Shuzo|酒造|シュゾウ;Sake Brewery|酒造店|シュゾウテン"),
    "handicrafts": _pairs("Gold Leaf|金箔|キンパク;Lacquerware|漆器|シッキ;Crafts|工芸|コウゲイ"),
    "eyewear": _pairs("Optical|光学|コウガク;Megane|眼鏡|メガネ"),
    "metalware": _pairs("Copperware|銅器|ドウキ;Imono|鋳物|イモノ"),
}
JAPAN_FORMS = (("株式会社", "Co., Ltd."), ("有限会社", "Ltd."), ("合同会社", "LLC"))

# --- Thailand -----------------------------------------------------------------------------------
THAI_PLACES = {
    "Chiang Mai": _pairs("Lanna|ล้านนา;Wiang Ping|เวียงพิงค์"), "Lampang": _pairs("Lanna|ล้านนา"),
    "Khon Kaen": _pairs("Isan|อีสาน"), "Nakhon Ratchasima": _pairs("Korat|โคราช;Isan|อีสาน"),
    "Hat Yai": _pairs("Andaman|อันดามัน;Southern|เซาเทิร์น"), "Surat Thani": _pairs("Andaman|อันดามัน"),
    "Si Racha": _pairs("Eastern|อีสเทิร์น"), "Rayong": _pairs("Eastern|อีสเทิร์น"),
    "Samut Sakhon": _pairs("Mahachai|มหาชัย"), "Ayutthaya": _pairs("Chao Phraya|เจ้าพระยา"),
}
THAI_NAMES = _pairs("Siam|สยาม;Thai|ไทย;Chao Phraya|เจ้าพระยา;Rungroj|รุ่งโรจน์;Charoenkij|เจริญกิจ;"
                    "Pattana|พัฒนา;Asia|เอเชีย;Golden|โกลเด้น;Kasem|เกษม")
THAI_TRADES = {
    "auto_parts": _pairs("Auto Parts|ออโต้พาร์ท;Precision Parts|พรีซิชั่นพาร์ท;Engineering|เอ็นจิเนียริ่ง"),
    "electronics": _pairs("Electronics|อิเล็กทรอนิกส์"),
    "machining": _pairs("Precision|พรีซิชั่น;Engineering|เอ็นจิเนียริ่ง;Metal Works|เมทัลเวิร์ค"),
    "rubber": _pairs("Rubber|รับเบอร์;Latex|ลาเท็กซ์;Rubber Products|รับเบอร์โปรดักส์"),
    "food": _pairs("Food|ฟู้ด;Foods|ฟู้ดส์;Food Industry|ฟู้ดอินดัสตรี"),
    "seafood": _pairs("Seafood|ซีฟู้ด;Frozen Foods|โฟรเซ่นฟู้ดส์"),
    "packaging": _pairs("Packaging|แพ็คเกจจิ้ง;Pack|แพ็ค"),
    "software": _pairs("Software|ซอฟต์แวร์;Digital|ดิจิทัล"),
    "handicrafts": _pairs("Handicraft|แฮนดิคราฟท์;Crafts|คราฟท์"),
    "textiles": _pairs("Textile|เท็กซ์ไทล์;Silk|ซิลค์"),
    "ceramics": _pairs("Ceramic|เซรามิค;Celadon|เซลาดอน"),
    "tea_coffee": _pairs("Coffee|คอฟฟี่;Coffee Roasters|คอฟฟี่โรสเตอร์ส"),
}

# --- Indonesia ----------------------------------------------------------------------------------
INDONESIAN_WORDS = ("Sinar Jaya Abadi Makmur Sejahtera Mandiri Sentosa Nusantara Mitra Karya Maju Berkah "
                    "Cahaya Samudra Agung Prima Utama Lestari Tunas Mulia Sumber Anugerah Bintang Citra "
                    "Surya Perkasa").split()
# A leading "^" puts the trade word first: "PT Mina Sejahtera Abadi", "CV Batik Sinar Lestari".
INDONESIAN_TRADES = {
    "auto_parts": ("Otomotif", "Komponen Otomotif", "Teknik Logam", "Autoparts"),
    "machining": ("Teknik Presisi", "Mesin", "Teknik"),
    "medical": ("Medika", "Alkes", "Farma"),
    "herbal": ("^Jamu", "Herbal", "Farma Herbal"),
    "food": ("Pangan", "Boga", "Food Indonesia", "^Rempah"),
    "seafood": ("Perikanan", "^Mina", "Bahari", "Seafood"),
    "tea_coffee": ("^Kopi", "Kopi"),
    "batik": ("^Batik",),
    "handicrafts": ("Kriya", "^Kerajinan"),
    "furniture": ("Mebel", "Furniture", "^Jati"),
    "textiles": ("Tekstil", "Garmen"),
    "rubber": ("Karet",),
}


def _katakana(hiragana: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hiragana)


def kerala_name(rng: random.Random, place: Locality, sector: str) -> CompanyName:
    trade = rng.choice(KERALA_TRADES[sector])
    style = rng.random()
    if style < 0.2:  # the founder's name on the board: "Kurian & Sons Rubber Products"
        founder = rng.choice(KERALA_CHRISTIAN.family)
        head = [founder, AND_SONS] if rng.random() < 0.5 else [founder]
    elif style < 0.3:
        head = [rng.choice(KERALA_BLESSINGS)]
    else:
        head = [rng.choice(KERALA_PLACES[place.city])]
    parts = head + [trade]
    if rng.random() < 0.7 and not trade.latin.endswith("Company"):
        parts.append(rng.choice(KERALA_FORMS))
    founder = head[0] if style < 0.2 else None
    return _joined(parts, len(head), founder, KERALA_CHRISTIAN)


def hindi_name(rng: random.Random, place: Locality, sector: str) -> CompanyName:
    trade = rng.choice(HINDI_TRADES[sector])
    style = rng.random()
    if style < 0.25 and place.city in HINDI_PLACES:
        head = [rng.choice(HINDI_PLACES[place.city])]
    elif style < 0.5:
        founder = rng.choice(HINDI_HINDU.family)
        head = [founder, HINDI_AND_SONS] if rng.random() < 0.4 else [founder]
    else:
        head = [rng.choice(HINDI_BLESSINGS)]
    parts = head + [trade]
    if rng.random() < 0.75:
        parts.append(rng.choice(HINDI_FORMS))
    founder = head[0] if head[0] in HINDI_HINDU.family else None
    return _joined(parts, len(head), founder, HINDI_HINDU)


def _joined(parts: list[NamePart], head_size: int, founder: NamePart | None,
            community: Community) -> CompanyName:
    """Latin and local names word by word; the domain is the head and the trade's first word."""
    domain = [parts[0].latin] + [parts[head_size].latin.split()[0]]
    return CompanyName(" ".join(p.latin for p in parts), " ".join(p.local for p in parts), None, tuple(domain),
                       founder, community if founder else None)


def japanese_name(rng: random.Random, place: Locality, sector: str) -> CompanyName:
    trade = rng.choice(JAPAN_TRADES[sector])
    style = rng.random()
    family = None
    if style < 0.55:
        family = rng.choice(JAPANESE.family)
        head = NamePart(family.latin, family.local, _katakana(family.reading))
    elif style < 0.85 and place.city in JAPAN_OLD_NAMES:
        head = rng.choice(JAPAN_OLD_NAMES[place.city])
    else:
        head = rng.choice(JAPAN_LUCKY_NAMES)
    form_local, form_latin = rng.choices(JAPAN_FORMS, (16, 3, 1))[0]
    core = head.local + trade.local
    local = f"{form_local}{core}" if rng.random() < 0.45 else f"{core}{form_local}"
    latin = f"{head.latin} {trade.latin} {form_latin}"
    return CompanyName(latin, local, head.reading + trade.reading, (head.latin, trade.latin), family,
                       JAPANESE if family else None)


def thai_name(rng: random.Random, place: Locality, sector: str) -> CompanyName:
    trade = rng.choice(THAI_TRADES[sector])
    heads = THAI_PLACES.get(place.city, ()) + THAI_NAMES
    head = rng.choice(heads)
    core_local = f"{head.local}{trade.local}"
    if rng.random() < 0.8:
        return CompanyName(f"{head.latin} {trade.latin} Co., Ltd.", f"บริษัท {core_local} จำกัด", None,
                           (head.latin, trade.latin))
    return CompanyName(f"{head.latin} {trade.latin} Limited Partnership", f"ห้างหุ้นส่วนจำกัด {core_local}",
                       None, (head.latin, trade.latin))


def indonesian_name(rng: random.Random, place: Locality, sector: str) -> CompanyName:
    trade = rng.choice(INDONESIAN_TRADES[sector])
    first, second = rng.sample(INDONESIAN_WORDS, 2)
    words = [trade[1:], first, second] if trade.startswith("^") else [first, second, trade]
    form = "PT" if rng.random() < 0.75 else "CV"
    name = f"{form} {' '.join(words)}"
    # The legal name is already the local name; a CV often registers no separate local form.
    return CompanyName(name, name if form == "PT" else None, None, tuple(words[:2]))
