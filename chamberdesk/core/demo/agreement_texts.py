"""The text of the INJACK–ICOSA agreement of 21 October 2024, copied from the signed bilingual copy.

Kept verbatim, including the source's spacing around Latin words in the Japanese text
("INJACK と ICOSA") and its Japanese name of INJACK in the preamble (印日本商工会議所ケララ).
"""

from __future__ import annotations

TITLE = "AGREEMENT ON COOPERATION FOR SMEs IN ASIA"
TITLE_LOCAL = "アジアの中小企業協力に関する覚書"

PREAMBLE = (
    "Indo Japan Chamber of Commerce Kerala (hereinafter, INJACK) in India and the International Cooperation "
    "Organization for SMEs in Asia (hereinafter, ICOSA) in Japan jointly aim for Asian Small & Medium Enterprises "
    "(SMEs) to play a leading role in the development of Asian economy through mutual cooperation, and conclude "
    "following agreements to achieve the objective;")
PREAMBLE_LOCAL = (
    "インドの印日本商工会議所ケララ（以下、INJACK という）と日本の特定非営利活動法人アジア中小企業協力機構（以下、ICOSA "
    "という）は、アジアの中小企業の連携により中小企業を発展させ、中小企業をアジア経済の主役にすることを旨として、下記の"
    "とおり覚書を締結する。")

# (heading, body, heading in Japanese, body in Japanese)
CLAUSES = (
    ("Providing learning place for the owners of SMEs",
     "To solve the problems faced by the SMEs, it is important for SME owners to improve their managerial "
     "abilities. The SME owners should exchange ideas on their problems, management policies, and learn from each "
     "other based on their experiences.\n\n"
     "Both INJACK and ICOSA will organize regular meetings and mutual visits for the owners of SMEs in Asia to "
     "learn together.",
     "中小企業経営者に学習の機会を提供する。",
     "中小企業経営者が経営能力を高め、抱えている問題を解決できるよう、中小企業経営者は経営問題や経営戦略について意見を交換し、"
     "学びあうことが大切である。INJACK と ICOSA は両国を含むアジアの中小企業経営者が定期的に会合し企業を訪問する機会を提供し、"
     "中小企業経営者が学習できる場を設ける。"),
    ("Pursuing chance for business cooperation",
     "Each Asian SMEs has their characteristics. Both INJACK and ICOSA will encourage Asian SMEs to match their "
     "strong points to develop new businesses.",
     "アジアの中小企業が事業連携を行う可能性を追求する。",
     "INJACK と ICOSA は互いに協力し、アジア各国の中小企業がそれぞれの特徴を生かして連携し、新しい事業を構築する可能性を"
     "追求する。"),
    ("Surveying and studying the challenges and policies of SMEs in each country, and propose improvement measures "
     "to relevant parties and governments.",
     "Both INJACK and ICOSA will cooperate each other to survey and study the current situation and challenges of "
     "SMEs in each country, government policies, etc., hoping that this will contribute to further deepening of "
     "the cooperative relationship between the two parties, as well as future economic and industrial development "
     "and human resource development strategies of each country.",
     "各国中小企業の課題や政策を調査研究し、関係者や政府等へ改善策を提言する。",
     "INJACK と ICOSA は互いに協力して各国中小企業の現状や課題、政府の政策等を調査研究し、報告書にまとめて関係者に周知する"
     "とともに、両者のさらなる協力関係の深化や今後の各国経済産業発展戦略、人材開発戦略等に資することを期待し、必要に応じて"
     "改善策を政府等へ提言する。"),
)
