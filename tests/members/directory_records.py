"""Members and persons in every script the directory holds, for the search, merge and export tests."""

from chamberdesk.core.model import Member, Person
from chamberdesk.core.services.records import create_record

MEMBERS = {
    "kurose": {"name": "Kurose Precision Industries", "name_local": "黒瀬精密工業株式会社", "local_lang": "ja",
               "name_reading": "くろせせいみつこうぎょう", "country": "JP", "city": "Higashiosaka",
               "sector": "Precision machining", "size_class": "medium", "phone": "06-6781-1234"},
    "hayashi": {"name": "Hayashi Foods", "name_local": "林食品有限会社", "local_lang": "ja",
                "name_reading": "はやししょくひん", "country": "JP", "city": "Osaka", "sector": "Food processing"},
    "spices": {"name": "Malabar Spice Traders Pvt Ltd", "name_local": "മലബാർ സ്പൈസ് ട്രേഡേഴ്സ്",
               "local_lang": "ml", "country": "IN", "city": "Kochi", "sector": "Food processing",
               "size_class": "small", "email": "info@malabarspice.in"},
    "siam": {"name": "Siam Herbal Co., Ltd.", "name_local": "บริษัท สยามเฮอร์บัล จำกัด", "local_lang": "th",
             "country": "TH", "city": "Chiang Mai", "sector": "Herbal cosmetics", "size_class": "micro",
             "membership_status": "prospect"},
    "ganesh": {"name": "Shree Ganesh Textiles", "name_local": "श्री गणेश टेक्सटाइल्स", "local_lang": "hi",
               "country": "IN", "city": "Surat", "sector": "Textiles", "size_class": "medium"},
    "emile": {"name": "Émile Dupré Café SARL", "country": "FR", "city": "Lyon", "sector": "Food processing"},
}

PERSONS = {
    "naohiro": {"family_name": "Kurose", "given_name": "Naohiro", "family_name_local": "黒瀬",
                "given_name_local": "直宏", "local_lang": "ja", "family_name_reading": "くろせ",
                "given_name_reading": "なおひろ", "member": "kurose", "email": "n.kurose@kurose-seimitsu.jp",
                "is_primary_contact": True, "name_order": "family_first"},
    "anoop": {"family_name": "Menon", "given_name": "Anoop", "family_name_local": "മേനോൻ",
              "given_name_local": "അനൂപ്", "local_lang": "ml", "member": "spices", "email": "anoop@malabarspice.in",
              "is_primary_contact": True},
    # A contact with a Japanese name at an Indian member: found by 黒瀬 through its person only.
    "kurose_kochi": {"family_name": "Kurose", "given_name": "Aya", "family_name_local": "黒瀬",
                     "given_name_local": "彩", "local_lang": "ja", "family_name_reading": "くろせ",
                     "given_name_reading": "あや", "member": "ganesh"},
    "somchai": {"family_name": "Wongsakul", "given_name": "Somchai", "family_name_local": "วงศ์สกุล",
                "given_name_local": "สมชาย", "local_lang": "th", "member": "siam", "is_primary_contact": True},
}


def add_directory(store) -> tuple[dict[str, int], dict[str, int]]:
    members = {key: create_record(store, Member, values) for key, values in MEMBERS.items()}
    persons = {}
    for key, values in PERSONS.items():
        values = {k: v for k, v in values.items() if k != "member"} | {"member_id": members[values["member"]]}
        persons[key] = create_record(store, Person, values)
    return members, persons
