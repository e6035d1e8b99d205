"""The printed documents' own wording in every language a document can be printed in.

Field labels, titles and the few sentences of the frame, each in English, Japanese, Hindi,
Malayalam, Thai and Indonesian. ``{name}`` fields are filled by ``label``. Printed documents
are not translated through Qt (print never imports it), and their languages are the document's
pair, not the interface language, so the catalogue lives here.
"""

from __future__ import annotations

from .coverage import Origin

LANGUAGES = ("en", "ja", "hi", "ml", "th", "id")

_CATALOGUE: dict[str, tuple[str, str, str, str, str, str]] = {
    # key: (en, ja, hi, ml, th, id)
    # -- frame
    "page": ("Page {page} of {pages}", "{page} / {pages} ページ", "पृष्ठ {page} / {pages}",
             "പേജ് {page} / {pages}", "หน้า {page} จาก {pages}", "Halaman {page} dari {pages}"),
    "generated": ("Generated on {date}", "作成日 {date}", "तैयार करने की तिथि {date}", "തയ്യാറാക്കിയത് {date}",
                  "จัดทำเมื่อ {date}", "Dibuat pada {date}"),
    # -- document titles
    "roster": ("Delegation roster", "参加者名簿", "प्रतिनिधिमंडल सूची", "പ്രതിനിധി സംഘ പട്ടിക",
               "รายชื่อคณะผู้แทน", "Daftar peserta delegasi"),
    "itinerary": ("Itinerary", "旅程表", "यात्रा कार्यक्रम", "യാത്രാ പരിപാടി", "กำหนดการเดินทาง",
                  "Jadwal perjalanan"),
    "agenda": ("Agenda", "議事次第", "कार्यसूची", "അജണ്ട", "ระเบียบวาระการประชุม", "Agenda"),
    "sign_in": ("Sign-in sheet", "出席者署名簿", "उपस्थिति पत्रक", "ഹാജർ പട്ടിക", "แบบลงทะเบียนผู้เข้าร่วม",
                "Daftar hadir"),
    "badges": ("Name badges", "名札", "नाम बिल्ले", "നെയിം ബാഡ്ജുകൾ", "ป้ายชื่อ", "Tanda pengenal"),
    "tents": ("Table tents", "卓上名札", "मेज़ नाम पट्टिकाएँ", "ടേബിൾ നെയിം കാർഡുകൾ", "ป้ายชื่อตั้งโต๊ะ",
              "Papan nama meja"),
    "directory": ("Member directory", "会員名簿", "सदस्य निर्देशिका", "അംഗങ്ങളുടെ ഡയറക്ടറി", "ทำเนียบสมาชิก",
                  "Direktori anggota"),
    "agreement": ("Agreement", "協定書", "समझौता", "കരാർ", "ข้อตกลง", "Perjanjian"),
    # -- people and companies
    "no": ("No.", "番号", "क्र.", "ക്രമ നം.", "ลำดับ", "No."),
    "name": ("Name", "氏名", "नाम", "പേര്", "ชื่อ", "Nama"),
    "company": ("Company", "会社名", "कंपनी", "സ്ഥാപനം", "บริษัท", "Perusahaan"),
    "job_title": ("Title", "役職", "पद", "പദവി", "ตำแหน่ง", "Jabatan"),
    "sector": ("Sector", "業種", "क्षेत्र", "മേഖല", "ประเภทธุรกิจ", "Sektor"),
    "city": ("City", "都市", "शहर", "നഗരം", "เมือง", "Kota"),
    "country": ("Country", "国", "देश", "രാജ്യം", "ประเทศ", "Negara"),
    "contact": ("Contact", "担当者", "संपर्क व्यक्ति", "ബന്ധപ്പെടേണ്ട വ്യക്തി", "ผู้ติดต่อ", "Narahubung"),
    "phone": ("Phone", "電話", "फ़ोन", "ഫോൺ", "โทรศัพท์", "Telepon"),
    "email": ("Email", "メール", "ईमेल", "ഇമെയിൽ", "อีเมล", "Email"),
    "reach": ("Phone, email, web", "電話・メール・ウェブ", "फ़ोन, ईमेल, वेब", "ഫോൺ, ഇമെയിൽ, വെബ്", "โทรศัพท์ อีเมล เว็บไซต์",
              "Telepon, email, situs"),
    "website": ("Website", "ウェブサイト", "वेबसाइट", "വെബ്സൈറ്റ്", "เว็บไซต์", "Situs web"),
    "members_count": ("{count} members", "{count}社", "{count} सदस्य", "{count} അംഗങ്ങൾ", "สมาชิก {count} ราย",
                      "{count} anggota"),
    "participants": ("Participants", "参加者", "प्रतिभागी", "പങ്കാളികൾ", "ผู้เข้าร่วม", "Peserta"),
    "signature": ("Signature", "署名", "हस्ताक्षर", "ഒപ്പ്", "ลายมือชื่อ", "Tanda tangan"),
    "role": ("Role", "役割", "भूमिका", "ചുമതല", "บทบาท", "Peran"),
    "role_leader": ("Leader", "団長", "दल प्रमुख", "സംഘത്തലവൻ", "หัวหน้าคณะ", "Ketua"),
    "role_delegate": ("Delegate", "団員", "प्रतिनिधि", "പ്രതിനിധി", "ผู้แทน", "Delegasi"),
    "role_staff": ("Staff", "事務局", "कर्मचारी", "ജീവനക്കാർ", "เจ้าหน้าที่", "Staf"),
    "role_interpreter": ("Interpreter", "通訳", "दुभाषिया", "ദ്വിഭാഷി", "ล่าม", "Penerjemah"),
    "role_observer": ("Observer", "オブザーバー", "पर्यवेक्षक", "നിരീക്ഷകൻ", "ผู้สังเกตการณ์", "Pengamat"),
    # -- delegations and itineraries
    "dates": ("Dates", "日程", "तिथियाँ", "തീയതികൾ", "วันที่", "Tanggal"),
    "organiser": ("Organiser", "主催", "आयोजक", "സംഘാടകർ", "ผู้จัด", "Penyelenggara"),
    "host": ("Host", "受入先", "मेज़बान", "ആതിഥേയർ", "เจ้าภาพ", "Tuan rumah"),
    "day": ("Day {number} · {date}", "{number}日目 · {date}", "दिन {number} · {date}", "ദിവസം {number} · {date}",
            "วันที่ {number} · {date}", "Hari ke-{number} · {date}"),
    "time": ("Time", "時間", "समय", "സമയം", "เวลา", "Waktu"),
    "programme": ("Programme", "内容", "कार्यक्रम", "പരിപാടി", "กิจกรรม", "Acara"),
    "place": ("Place", "場所", "स्थान", "സ്ഥലം", "สถานที่", "Tempat"),
    "hotel": ("Hotel", "宿泊先", "होटल", "ഹോട്ടൽ", "โรงแรม", "Hotel"),
    "hotels": ("Hotels", "宿泊先", "होटल", "ഹോട്ടലുകൾ", "โรงแรม", "Hotel"),
    "stay": ("Hotel and address", "ホテル・住所", "होटल और पता", "ഹോട്ടലും വിലാസവും", "โรงแรมและที่อยู่",
             "Hotel dan alamat"),
    "flight_route": ("Flight and route", "便名・区間", "उड़ान और मार्ग", "വിമാനവും റൂട്ടും", "เที่ยวบินและเส้นทาง",
                     "Penerbangan dan rute"),
    "departure_arrival": ("Departure → arrival", "出発 → 到着", "प्रस्थान → आगमन", "പുറപ്പെടൽ → എത്തിച്ചേരൽ",
                          "ออกเดินทาง → ถึง", "Berangkat → tiba"),
    "transport": ("Transport", "交通", "परिवहन", "യാത്രാ സൗകര്യം", "การเดินทาง", "Transportasi"),
    "flights": ("Flights", "航空便", "उड़ानें", "വിമാനങ്ങൾ", "เที่ยวบิน", "Penerbangan"),
    "emergency_contacts": ("Emergency contacts", "緊急連絡先", "आपातकालीन संपर्क", "അടിയന്തര ബന്ധപ്പെടൽ",
                           "ติดต่อกรณีฉุกเฉิน", "Kontak darurat"),
    "emergency_numbers": ("Emergency numbers in {country}", "{country}の緊急通報番号", "{country} में आपातकालीन नंबर",
                          "{country}-ലെ അടിയന്തര നമ്പറുകൾ", "หมายเลขฉุกเฉินใน{country}",
                          "Nomor darurat di {country}"),
    "police": ("Police", "警察", "पुलिस", "പോലീസ്", "ตำรวจ", "Polisi"),
    "ambulance": ("Ambulance", "救急", "एम्बुलेंस", "ആംബുലൻസ്", "รถพยาบาล", "Ambulans"),
    "fire": ("Fire", "消防", "अग्निशमन", "അഗ്നിശമന സേന", "ดับเพลิง", "Pemadam kebakaran"),
    "all_emergencies": ("All emergencies", "緊急通報", "सभी आपात स्थितियाँ", "എല്ലാ അടിയന്തര സാഹചര്യങ്ങളും",
                        "เหตุฉุกเฉินทุกประเภท", "Semua keadaan darurat"),
    "tourist_police": ("Tourist police", "観光警察", "पर्यटक पुलिस", "ടൂറിസ്റ്റ് പോലീസ്", "ตำรวจท่องเที่ยว",
                       "Polisi pariwisata"),
    "local_times": ("All times are local times at the place, with the time zone.", "時刻はすべて現地時間です（時間帯を併記）。",
                    "सभी समय उस स्थान के स्थानीय समय हैं, समय क्षेत्र के साथ।",
                    "എല്ലാ സമയങ്ങളും അതത് സ്ഥലത്തെ പ്രാദേശിക സമയമാണ്, സമയമേഖല സഹിതം.",
                    "เวลาทั้งหมดเป็นเวลาท้องถิ่นของสถานที่ พร้อมเขตเวลา",
                    "Semua waktu adalah waktu setempat, dengan zona waktunya."),
    "kind_visit": ("Visit", "訪問", "भ्रमण", "സന്ദർശനം", "เยี่ยมชม", "Kunjungan"),
    "kind_meeting": ("Meeting", "会議", "बैठक", "യോഗം", "ประชุม", "Pertemuan"),
    "kind_transport": ("Transport", "移動", "यात्रा", "യാത്ര", "เดินทาง", "Perjalanan"),
    "kind_hotel": ("Hotel", "宿泊", "होटल", "താമസം", "ที่พัก", "Hotel"),
    "kind_meal": ("Meal", "食事", "भोजन", "ഭക്ഷണം", "อาหาร", "Makan"),
    "kind_sightseeing": ("Sightseeing", "視察・見学", "दर्शनीय स्थल", "കാഴ്ചകൾ", "ท่องเที่ยว", "Wisata"),
    "kind_free": ("Free time", "自由時間", "खाली समय", "ഒഴിവുസമയം", "เวลาอิสระ", "Waktu bebas"),
    "kind_other": ("Other", "その他", "अन्य", "മറ്റുള്ളവ", "อื่น ๆ", "Lainnya"),
    # -- meetings
    "date_time": ("Date and time", "日時", "दिनांक और समय", "തീയതിയും സമയവും", "วันและเวลา", "Tanggal dan waktu"),
    "venue": ("Venue", "会場", "स्थान", "വേദി", "สถานที่จัด", "Tempat"),
    "online": ("Online", "オンライン", "ऑनलाइन", "ഓൺലൈൻ", "ออนไลน์", "Daring"),
    "item": ("Item", "議題", "विषय", "വിഷയം", "หัวข้อ", "Acara"),
    "presenter": ("Presenter", "発表者", "प्रस्तुतकर्ता", "അവതാരകൻ", "ผู้นำเสนอ", "Penyaji"),
    "duration": ("Duration", "所要時間", "अवधि", "ദൈർഘ്യം", "ระยะเวลา", "Durasi"),
    "minutes": ("{count} min", "{count}分", "{count} मिनट", "{count} മിനിറ്റ്", "{count} นาที", "{count} menit"),
    "time_in_zone": ("Time ({zone})", "時刻（{zone}）", "समय ({zone})", "സമയം ({zone})", "เวลา ({zone})",
                     "Waktu ({zone})"),
    # -- agreements
    "article": ("Article {number}", "第{number}条", "अनुच्छेद {number}", "വകുപ്പ് {number}", "ข้อ {number}",
                "Pasal {number}"),
    "parties": ("Parties", "当事者", "पक्षकार", "കക്ഷികൾ", "คู่สัญญา", "Para pihak"),
    "signed": ("Signed", "署名", "हस्ताक्षरित", "ഒപ്പുവച്ചത്", "ลงนาม", "Ditandatangani"),
    "validity": ("Validity", "有効期間", "वैधता", "സാധുത", "ระยะเวลามีผลบังคับ", "Masa berlaku"),
    "signatory": ("Signatory", "署名者", "हस्ताक्षरकर्ता", "ഒപ്പുവയ്ക്കുന്നയാൾ", "ผู้ลงนาม", "Penanda tangan"),
    "reference": ("Reference", "文書番号", "संदर्भ संख्या", "റഫറൻസ് നമ്പർ", "เลขที่อ้างอิง", "Nomor referensi"),
    "open_ended": ("open-ended", "期限なし", "अनिश्चितकालीन", "കാലാവധിയില്ലാതെ", "ไม่มีกำหนด", "tanpa batas waktu"),
}


def label(key: str, lang: str, **values: object) -> str:
    """The label in ``lang`` (English for a language the catalogue lacks), fields filled in."""
    texts = _CATALOGUE[key]
    text = texts[LANGUAGES.index(lang)] if lang in LANGUAGES else texts[0]
    return text.format(**values) if values else text


def label_origin(key: str) -> Origin:
    return Origin("label", None, "the document's own wording", key)
