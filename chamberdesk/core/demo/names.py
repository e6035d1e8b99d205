"""Pools of personal names, each in Latin script and in its own script (with kana for Japanese).

Entries are written ``Latin:native`` (``Latin:kanji:kana`` for Japanese); an underscore in the
Latin part stands for a space. Pools are grouped by community so that given and family names
fit together (a Syrian Christian family name with a Christian given name, Kaur for Sikh women).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from ..enums import NameOrder


@dataclass(frozen=True)
class NamePart:
    latin: str
    local: str | None = None
    reading: str | None = None


def _pool(text: str) -> tuple[NamePart, ...]:
    parts = []
    for entry in unicodedata.normalize("NFC", text).split():
        latin, *rest = entry.split(":")
        parts.append(NamePart(latin.replace("_", " "), *rest))
    return tuple(parts)


@dataclass(frozen=True)
class Community:
    code: str
    lang: str | None  # language of the native-script names
    order: NameOrder
    male: tuple[NamePart, ...]
    female: tuple[NamePart, ...]
    family: tuple[NamePart, ...]
    family_female: tuple[NamePart, ...] = ()  # when women take other family names (Kaur)
    dietary: tuple[tuple[str | None, int], ...] = ((None, 1),)


@dataclass(frozen=True)
class PersonName:
    community: Community
    female: bool
    given: NamePart | None
    family: NamePart

    @property
    def honorific(self) -> str:
        if self.community.lang == "id":
            return "Ibu" if self.female else "Bapak"
        return "Ms." if self.female else "Mr."


def pick_name(rng: random.Random, community: Community, *, female: bool | None = None) -> PersonName:
    if female is None:
        female = rng.random() < 0.35
    given = rng.choice(community.female if female else community.male)
    families = community.family_female if (female and community.family_female) else community.family
    family = rng.choice(families)
    while family.latin == given.latin:
        family = rng.choice(families)
    return PersonName(community, female, given, family)


def pick_dietary(rng: random.Random, community: Community) -> str | None:
    choices, weights = zip(*community.dietary)
    return rng.choices(choices, weights)[0]


KERALA_HINDU = Community(
    "kerala_hindu", "ml", NameOrder.GIVEN_FIRST,
    male=_pool("Anil:അനിൽ Suresh:സുരേഷ് Rajesh:രാജേഷ് Pradeep:പ്രദീപ് Biju:ബിജു Sreekumar:ശ്രീകുമാർ "
               "Jayakrishnan:ജയകൃഷ്ണൻ Arun:അരുൺ Vivek:വിവേക് Rahul:രാഹുൽ Manoj:മനോജ് Vinod:വിനോദ് "
               "Sunil:സുനിൽ Harikrishnan:ഹരികൃഷ്ണൻ Gopakumar:ഗോപകുമാർ Ajith:അജിത് "
               "Unnikrishnan:ഉണ്ണികൃഷ്ണൻ Deepak:ദീപക്"),
    female=_pool("Lakshmi:ലക്ഷ്മി Anjali:അഞ്ജലി Divya:ദിവ്യ Sreeja:ശ്രീജ Priya:പ്രിയ Reshma:രേഷ്മ "
                 "Aswathy:അശ്വതി Meera:മീര Deepa:ദീപ Gopika:ഗോപിക Neethu:നീതു Parvathy:പാർവതി "
                 "Sreelakshmi:ശ്രീലക്ഷ്മി Kavya:കാവ്യ Soumya:സൗമ്യ"),
    family=_pool("Nair:നായർ Menon:മേനോൻ Pillai:പിള്ള Kurup:കുറുപ്പ് Panicker:പണിക്കർ Warrier:വാര്യർ "
                 "Nambiar:നമ്പ്യാർ Varma:വർമ്മ Krishnan:കൃഷ്ണൻ Raghavan:രാഘവൻ Gopalan:ഗോപാലൻ "
                 "Narayanan:നാരായണൻ Vijayan:വിജയൻ Das:ദാസ്"),
    dietary=((None, 6), ("vegetarian", 3), ("no beef", 1)),
)

KERALA_CHRISTIAN = Community(
    "kerala_christian", "ml", NameOrder.GIVEN_FIRST,
    male=_pool("Thomas:തോമസ് Joseph:ജോസഫ് Mathew:മാത്യു George:ജോർജ് Jacob:ജേക്കബ് Jose:ജോസ് "
               "Tomy:ടോമി Shibu:ഷിബു Sajan:സാജൻ Binoy:ബിനോയ് Jijo:ജിജോ Roy:റോയ് Philip:ഫിലിപ്പ് "
               "Antony:ആന്റണി Sebastian:സെബാസ്റ്റ്യൻ"),
    female=_pool("Mini:മിനി Beena:ബീന Sheeba:ഷീബ Anitha:അനിത Jessy:ജെസ്സി Mariamma:മറിയാമ്മ "
                 "Ancy:ആൻസി Liya:ലിയ Teena:ടീന Rosamma:റോസമ്മ Sherin:ഷെറിൻ"),
    family=_pool("Thomas:തോമസ് Joseph:ജോസഫ് Mathew:മാത്യു Varghese:വർഗീസ് Kurian:കുര്യൻ "
                 "George:ജോർജ് Chacko:ചാക്കോ Abraham:എബ്രഹാം Jacob:ജേക്കബ് Philip:ഫിലിപ്പ് "
                 "Cherian:ചെറിയാൻ Eapen:ഈപ്പൻ Mammen:മാമ്മൻ Oommen:ഉമ്മൻ Zachariah:സഖറിയ "
                 "Kuriakose:കുര്യാക്കോസ് Paul:പോൾ"),
)

KERALA_MUSLIM = Community(
    "kerala_muslim", "ml", NameOrder.GIVEN_FIRST,
    male=_pool("Muhammed:മുഹമ്മദ് Faisal:ഫൈസൽ Naseer:നസീർ Ashraf:അഷ്റഫ് Shameer:ഷമീർ Anvar:അൻവർ "
               "Rasheed:റഷീദ് Nizar:നിസാർ Siraj:സിറാജ് Shafi:ഷാഫി"),
    female=_pool("Fathima:ഫാത്തിമ Shabna:ഷബ്ന Safiya:സഫിയ Ramla:റംല Shahina:ഷാഹിന Nasreen:നസ്രീൻ "
                 "Sajna:സജ്ന"),
    family=_pool("Koya:കോയ Rahman:റഹ്മാൻ Basheer:ബഷീർ Ali:അലി Hameed:ഹമീദ് Kutty:കുട്ടി "
                 "Ibrahim:ഇബ്രാഹിം Abdulla:അബ്ദുള്ള Musthafa:മുസ്തഫ"),
    dietary=(("halal", 1),),
)

HINDI_HINDU = Community(
    "hindi_hindu", "hi", NameOrder.GIVEN_FIRST,
    male=_pool("Rajesh:राजेश Amit:अमित Sunil:सुनील Vikas:विकास Sanjay:संजय Deepak:दीपक Manish:मनीष "
               "Rohit:रोहित Pankaj:पंकज Ashok:अशोक Naveen:नवीन Gaurav:गौरव"),
    female=_pool("Priya:प्रिया Neha:नेहा Pooja:पूजा Sunita:सुनीता Anjali:अंजलि Kavita:कविता Rekha:रेखा "
                 "Meenakshi:मीनाक्षी Shalini:शालिनी Ritu:रितु"),
    family=_pool("Sharma:शर्मा Gupta:गुप्ता Agarwal:अग्रवाल Verma:वर्मा Mittal:मित्तल Bansal:बंसल "
                 "Khanna:खन्ना Malhotra:मल्होत्रा Chauhan:चौहान Yadav:यादव Srivastava:श्रीवास्तव "
                 "Tiwari:तिवारी Mishra:मिश्रा Kapoor:कपूर Arora:अरोड़ा Goel:गोयल"),
    dietary=(("vegetarian", 5), (None, 4), ("no beef", 1)),
)

HINDI_JAIN = Community(
    "hindi_jain", "hi", NameOrder.GIVEN_FIRST,
    male=_pool("Rajesh:राजेश Amit:अमित Sanjay:संजय Manish:मनीष Ashok:अशोक Naveen:नवीन"),
    female=_pool("Priya:प्रिया Neha:नेहा Sunita:सुनीता Kavita:कविता Shalini:शालिनी"),
    family=_pool("Jain:जैन"),
    dietary=(("Jain vegetarian (no onion, garlic or root vegetables)", 1),),
)

HINDI_MUSLIM = Community(
    "hindi_muslim", "hi", NameOrder.GIVEN_FIRST,
    male=_pool("Imran:इमरान Salim:सलीम Arif:आरिफ़ Javed:जावेद Nadeem:नदीम"),
    female=_pool("Nazia:नाज़िया Farah:फ़राह Rukhsana:रुख़साना"),
    family=_pool("Ansari:अंसारी Qureshi:क़ुरैशी Siddiqui:सिद्दीक़ी Khan:ख़ान"),
    dietary=(("halal", 1),),
)

PUNJABI_SIKH = Community(
    "punjabi_sikh", "hi", NameOrder.GIVEN_FIRST,
    male=_pool("Gurpreet:गुरप्रीत Harpreet:हरप्रीत Jaswinder:जसविंदर Manpreet:मनप्रीत Kulwant:कुलवंत"),
    female=_pool("Harpreet:हरप्रीत Simran:सिमरन Jaspreet:जसप्रीत Manjeet:मनजीत"),
    family=_pool("Singh:सिंह"),
    family_female=_pool("Kaur:कौर"),
    dietary=((None, 2), ("vegetarian", 1)),
)

JAPANESE = Community(
    "japanese", "ja", NameOrder.FAMILY_FIRST,
    male=_pool("Kenta:健太:けんた Daisuke:大輔:だいすけ Takuya:拓也:たくや Shota:翔太:しょうた "
               "Makoto:誠:まこと Koji:浩二:こうじ Takashi:隆:たかし Satoshi:聡:さとし Tetsuya:哲也:てつや "
               "Kazuya:和也:かずや Naoki:直樹:なおき Osamu:修:おさむ Kenichi:健一:けんいち "
               "Hiroyuki:裕之:ひろゆき Masato:雅人:まさと Tsuyoshi:剛:つよし Ryo:亮:りょう "
               "Masaki:正樹:まさき Tatsuya:達也:たつや Yohei:洋平:ようへい Shinya:信也:しんや"),
    female=_pool("Miho:美穂:みほ Keiko:恵子:けいこ Yumi:由美:ゆみ Mayumi:真由美:まゆみ Yoko:陽子:ようこ "
                 "Tomoko:智子:ともこ Mai:麻衣:まい Aya:彩:あや Yuko:優子:ゆうこ Kaori:香織:かおり "
                 "Naoko:直子:なおこ Rie:理恵:りえ Chihiro:千尋:ちひろ Saki:早紀:さき Misaki:美咲:みさき"),
    family=_pool("Takahashi:高橋:たかはし Yamamoto:山本:やまもと Nakamura:中村:なかむら "
                 "Kobayashi:小林:こばやし Kato:加藤:かとう Yoshida:吉田:よしだ Yamada:山田:やまだ "
                 "Sasaki:佐々木:ささき Inoue:井上:いのうえ Kimura:木村:きむら Hayashi:林:はやし "
                 "Shimizu:清水:しみず Yamazaki:山崎:やまざき Mori:森:もり Ikeda:池田:いけだ "
                 "Hashimoto:橋本:はしもと Ishikawa:石川:いしかわ Maeda:前田:まえだ Fujita:藤田:ふじた "
                 "Okada:岡田:おかだ Goto:後藤:ごとう Hasegawa:長谷川:はせがわ Murakami:村上:むらかみ "
                 "Kondo:近藤:こんどう Sakamoto:坂本:さかもと Endo:遠藤:えんどう Aoki:青木:あおき "
                 "Fujii:藤井:ふじい Nishimura:西村:にしむら Fukuda:福田:ふくだ Miura:三浦:みうら "
                 "Okamoto:岡本:おかもと Nakajima:中島:なかじま Harada:原田:はらだ Ono:小野:おの "
                 "Takeuchi:竹内:たけうち Kaneko:金子:かねこ Wada:和田:わだ Ishida:石田:いしだ "
                 "Ueda:上田:うえだ Morita:森田:もりた Shibata:柴田:しばた Sakai:酒井:さかい Kudo:工藤:くどう "
                 "Yokoyama:横山:よこやま Miyazaki:宮崎:みやざき Sugawara:菅原:すがわら "
                 "Noguchi:野口:のぐち Arai:新井:あらい Chiba:千葉:ちば Imai:今井:いまい"),
    dietary=((None, 12), ("no shellfish (allergy)", 1), ("no raw fish", 1)),
)

THAI = Community(
    "thai", "th", NameOrder.GIVEN_FIRST,
    male=_pool("Somchai:สมชาย Somsak:สมศักดิ์ Prasert:ประเสริฐ Wichai:วิชัย Anan:อนันต์ "
               "Thanakorn:ธนากร Kittipong:กิตติพงษ์ Nattapong:ณัฐพงศ์ Surachai:สุรชัย Chaiwat:ชัยวัฒน์ "
               "Pichai:พิชัย Sakda:ศักดา Apichart:อภิชาติ Worawut:วรวุฒิ Panya:ปัญญา"),
    female=_pool("Siriporn:ศิริพร Kanokwan:กนกวรรณ Suda:สุดา Wanida:วนิดา Pornthip:พรทิพย์ "
                 "Nittaya:นิตยา Rattana:รัตนา Supaporn:สุภาพร Sukanya:สุกัญญา Jintana:จินตนา "
                 "Chanida:ชนิดา Arunee:อรุณี Malee:มาลี Duangjai:ดวงใจ"),
    family=_pool("Srisuk:ศรีสุข Wongsawat:วงศ์สวัสดิ์ Rattanakul:รัตนกุล Thongdee:ทองดี Boonmee:บุญมี "
                 "Sukprasert:สุขประเสริฐ Suwannarat:สุวรรณรัตน์ Jaidee:ใจดี Charoensuk:เจริญสุข "
                 "Tangsiri:ตั้งศิริ Limsakul:ลิ้มสกุล Kaewmanee:แก้วมณี Sriwong:ศรีวงศ์ "
                 "Phongphanit:พงษ์พานิช Chaimongkol:ชัยมงคล Inkaew:อินทร์แก้ว"),
    dietary=((None, 8), ("no beef", 2), ("vegetarian", 1)),
)

INDONESIAN_MUSLIM = Community(
    "indonesian_muslim", "id", NameOrder.GIVEN_FIRST,
    male=_pool("Budi Agus Eko Andi Yusuf Bambang Dedi Rizky Fajar Irfan Arif Wahyu Joko Ahmad Hadi "
               "Taufan Gilang Rudi"),
    female=_pool("Siti Sri Rina Dewi Ayu Fitri Nur Indah Ratna Yuni Maya Putri Wulan Endang Kartika"),
    family=_pool("Santoso Prasetyo Saputra Hidayat Setiawan Kurniawan Nugroho Susanto Hakim Pratama "
                 "Nasution Harahap Ramadhan Firmansyah Syahputra"),
    family_female=_pool("Rahmawati Wahyuni Lestari Susanti Handayani Purnamasari Anggraini Kusumawati "
                        "Marlina Maharani Fitriani Nurhayati"),
    dietary=(("halal", 1),),
)

INDONESIAN_MONONYMS_MALE = _pool("Sutrisno Suparman Mulyadi Haryanto Slamet")
INDONESIAN_MONONYMS_FEMALE = _pool("Sumarni Suwarni Sulastri Suprihatin")

INDONESIAN_CHRISTIAN = Community(
    "indonesian_christian", "id", NameOrder.GIVEN_FIRST,
    male=_pool("Daniel Yohanes Samuel Markus Hendrik Robert"),
    female=_pool("Maria Yohana Lidya Ester Grace"),
    family=_pool("Simanjuntak Sinaga Situmorang Manurung Hutapea Pangaribuan Lumbantobing Pangemanan "
                 "Lumenta Wenas Sondakh"),
    dietary=((None, 3), ("no pork", 1)),
)

INDONESIAN_CHINESE = Community(
    "indonesian_chinese", "id", NameOrder.GIVEN_FIRST,
    male=_pool("Hendra Kevin Steven Wilson Felix"),
    female=_pool("Linda Melinda Vivian Yenny"),
    family=_pool("Wijaya Gunawan Halim Tanujaya Kusuma Salim"),
    dietary=((None, 3), ("no beef", 1)),
)

INDONESIAN_BALINESE = Community(
    "indonesian_balinese", "id", NameOrder.GIVEN_FIRST,
    male=_pool("I_Wayan I_Made I_Nyoman I_Ketut I_Putu"),
    female=_pool("Ni_Luh Ni_Made Ni_Komang Ni_Putu"),
    family=_pool("Sudarta Suarjana Arimbawa Mahendra Suastika"),
    family_female=_pool("Widiastuti Pradnyani Sriasih Wulandari"),
    dietary=(("no beef", 1),),
)


def pick_indonesian(rng: random.Random, community: Community, *, female: bool | None = None) -> PersonName:
    """Indonesian names; some Javanese people go by one name only, kept as the family name."""
    name = pick_name(rng, community, female=female)
    if community is INDONESIAN_MUSLIM and rng.random() < 0.12:
        mononyms = INDONESIAN_MONONYMS_FEMALE if name.female else INDONESIAN_MONONYMS_MALE
        return PersonName(community, name.female, None, rng.choice(mononyms))
    return name
