"""Sectors: the label shown in lists, strength and need tags, and sentences for the free-text fields.

Tags share one vocabulary across countries so that a Japanese machinist's strength
("precision machining") meets an Indonesian parts maker's need for the same thing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Sector:
    code: str
    label: str
    strengths: tuple[str, ...]
    needs: tuple[str, ...]
    strength_notes: tuple[str, ...]
    need_notes: tuple[str, ...]


def _sector(code: str, label: str, strengths: str, needs: str, strength_notes: list[str],
            need_notes: list[str]) -> Sector:
    return Sector(code, label, tuple(strengths.split(";")), tuple(needs.split(";")),
                  tuple(strength_notes), tuple(need_notes))


SECTORS: dict[str, Sector] = {s.code: s for s in (
    _sector("spices", "Spices", "spice processing;steam sterilisation;organic certified;haccp",
            "japanese buyers;packaging design;residue testing",
            ["Cleans, grades and steam-sterilises black pepper, cardamom and turmeric from Idukki growers.",
             "Organic-certified pepper and cardamom with farm-level traceability."],
            ["Looking for importers in Japan for retail packs of whole spices.",
             "Needs pesticide-residue testing that Japanese buyers accept."]),
    _sector("coir", "Coir & natural fibres", "coir products;natural fibres;handmade",
            "export to japan;product design;automation",
            ["Makes coir mats, geotextiles and grow bags from Alappuzha husks.",
             "Brushed and rubber-backed coir doormats for supermarket chains."],
            ["Wants designs suited to Japanese homes and gardens.",
             "Seeks semi-automatic spinning machines to cut labour costs."]),
    _sector("cashew", "Cashew processing", "cashew processing;haccp;brc certified",
            "japanese buyers;automation;packaging design",
            ["Processes raw cashew nuts into graded kernels (W240, W320) and roasted snacks.",
             "Runs its own shelling and peeling units in Kollam."],
            ["Looking for confectionery makers in Japan who use cashew kernels.",
             "Needs automatic peeling machines to replace manual peeling."]),
    _sector("seafood", "Seafood & fisheries", "frozen seafood;cold chain;haccp;shrimp;tuna",
            "japanese buyers;cold chain;technology transfer",
            ["Freezes and exports shrimp, squid and reef fish; EU-approved plant.",
             "Catches and processes skipjack and yellowfin tuna for canneries.",
             "Runs a blast-freezing plant and refrigerated trucks to the port."],
            ["Wants sashimi-grade handling know-how for the Japanese market.",
             "Needs partners for value-added products (ready-to-cook, breaded)."]),
    _sector("ayurveda", "Ayurveda & herbal products", "ayurvedic formulations;herbal extracts;gmp",
            "export to japan;regulatory advice;branding",
            ["GMP-certified manufacturer of Ayurvedic oils, churnas and tablets.",
             "Grows and extracts its own medicinal herbs under contract farming."],
            ["Needs guidance on Japanese cosmetics and quasi-drug regulations.",
             "Seeks a distributor for Ayurvedic wellness products in Japan."]),
    _sector("rubber", "Rubber products", "rubber compounding;latex products;moulded rubber",
            "technology transfer;quality certification;japanese buyers",
            ["Moulds rubber seals, gaskets and bushes for pumps and vehicles.",
             "Makes dipped latex products from locally tapped natural rubber."],
            ["Wants Japanese compounding know-how for oil-resistant parts.",
             "Looking for automotive customers who need natural-rubber parts."]),
    _sector("tea_coffee", "Tea & coffee", "specialty coffee;tea processing;coffee roasting;organic certified",
            "japanese buyers;branding;packaging design",
            ["Grows and roasts single-estate arabica and robusta.",
             "Produces orthodox and green teas from high-altitude gardens."],
            ["Looking for specialty-coffee roasters and cafés in Japan.",
             "Needs gift packaging that suits the Japanese market."]),
    _sector("handloom", "Handloom & textiles", "handloom weaving;natural dyeing;textile design",
            "japanese buyers;design collaboration;e-commerce",
            ["Weaves cotton furnishing fabrics on some 60 handlooms.",
             "Natural indigo and madder dyeing, small batches to order."],
            ["Seeks Japanese interior brands for design collaborations.",
             "Wants to sell online to Japanese customers."]),
    _sector("textiles", "Textiles & garments", "garment manufacturing;textile printing;towels;knitwear",
            "export to japan;automation;quality certification",
            ["Knits and sews cotton garments for export brands.",
             "Prints and finishes home textiles (towels, bed linen, curtains)."],
            ["Needs automatic cutting and sewing lines.",
             "Looking for Japanese apparel brands that outsource production."]),
    _sector("software", "Software & IT services", "software development;erp;iot;embedded systems",
            "japanese clients;bridge engineers;japanese language training",
            ["Builds ERP and mobile apps for manufacturers and exporters.",
             "Develops IoT monitoring for factories (machine data, energy)."],
            ["Looking for Japanese SMEs that want to digitalise production.",
             "Needs Japanese-speaking bridge engineers."]),
    _sector("electronics", "Electronics", "pcb assembly;embedded systems;electronic components",
            "technology transfer;component sourcing;automation",
            ["Assembles PCBs and control panels (SMT and through-hole).",
             "Designs and makes sensors and controllers for pumps and HVAC."],
            ["Needs reliable sources of Japanese components.",
             "Wants automatic optical inspection for its SMT lines."]),
    _sector("food", "Food processing", "food processing;haccp;halal certified;ready-to-eat",
            "japanese buyers;packaging design;shelf-life extension",
            ["Makes ready-to-eat snacks, pickles and curry pastes.",
             "Halal-certified plant for frozen and canned foods.",
             "Produces banana chips, jackfruit crisps and fruit preserves."],
            ["Needs packaging that keeps products fresh for export.",
             "Looking for Japanese importers of ethnic foods."]),
    _sector("plywood", "Wood & plywood", "plywood;wood processing;furniture components",
            "export to japan;formaldehyde-free adhesives;automation",
            ["Makes plywood and block boards from rubber wood and eucalyptus.",
             "Veneers and laminated boards for furniture makers."],
            ["Needs F-four-star (low formaldehyde) adhesives for Japan.",
             "Looking for buyers of furniture components."]),
    _sector("coconut", "Coconut products", "virgin coconut oil;coconut products;organic certified",
            "japanese buyers;branding;product development",
            ["Cold-pressed virgin coconut oil and desiccated coconut.",
             "Coconut shell charcoal and activated carbon."],
            ["Looking for health-food distributors in Japan.",
             "Wants help developing cosmetics based on coconut oil."]),
    _sector("machining", "Precision machining", "precision machining;cnc machining;quality control;iso 9001",
            "technology transfer;automation;skilled workers",
            ["CNC turning and milling of small lots, tolerances to ±5 µm.",
             "Machines hydraulic and pneumatic parts; in-house CMM inspection.",
             "Five-axis machining of aluminium and titanium parts."],
            ["Wants to automate loading and unloading of its machines.",
             "Needs skilled machinists and training in quality control."]),
    _sector("auto_parts", "Automotive parts", "automotive parts;press work;iatf 16949;quality control",
            "technology transfer;export to japan;quality certification",
            ["Presses and welds brackets and chassis parts for two-wheelers.",
             "Supplies machined brake and steering parts to vehicle makers (tier 2).",
             "Makes wiring harnesses and plastic interior parts."],
            ["Needs a Japanese technical partner to reach IATF 16949.",
             "Looking for tier-1 customers and technology tie-ups."]),
    _sector("forging", "Forging & casting", "forging;die casting;heat treatment",
            "technology transfer;energy saving;export to japan",
            ["Hot and closed-die forging of flanges, gears and crankshafts.",
             "Aluminium die casting and heat treatment in-house."],
            ["Wants energy-saving furnaces and process know-how.",
             "Looking for buyers of forged parts in Japan."]),
    _sector("leather", "Leather & footwear", "leather tanning;footwear;leather goods",
            "japanese buyers;design collaboration;environmental compliance",
            ["Tans and finishes cow and buffalo leather; chrome-free option.",
             "Makes leather shoes and bags for European and Japanese brands."],
            ["Needs effluent treatment know-how.",
             "Looking for Japanese brands for private-label shoes."]),
    _sector("handicrafts", "Handicrafts", "handicrafts;handmade;textile printing;woodcraft",
            "export to japan;design collaboration;e-commerce",
            ["Hand block-printed textiles and lacquered woodcraft.",
             "Silver filigree and handmade home décor."],
            ["Looking for Japanese shops and museum stores.",
             "Wants design partners for products suited to Japanese homes."]),
    _sector("metalware", "Brass & metalware", "brassware;metal casting;hand engraving",
            "japanese buyers;surface treatment;design collaboration",
            ["Casts and engraves brass, copper and bronze ware.",
             "Makes decorative metal lamps and tableware by hand."],
            ["Needs lacquer and plating that pass Japanese import tests.",
             "Looking for interior and gift buyers in Japan."]),
    _sector("sports", "Sports goods", "sports goods;stitching;rubber moulding",
            "japanese buyers;materials sourcing;quality certification",
            ["Makes hand-stitched footballs, cricket gear and boxing gloves.",
             "Produces fitness equipment and yoga mats."],
            ["Looking for Japanese sporting-goods retailers.",
             "Needs Japanese synthetic leather and foam suppliers."]),
    _sector("packaging", "Packaging", "packaging;printing;corrugated boxes;flexible packaging",
            "automation;sustainable materials;export customers",
            ["Prints and converts flexible packaging for food makers.",
             "Makes corrugated boxes and printed cartons."],
            ["Wants biodegradable films and the know-how to run them.",
             "Looking for exporters who need export-grade cartons."]),
    _sector("ceramics", "Ceramics", "ceramics;porcelain;glazes;tableware",
            "export to india;overseas distributors;design collaboration",
            ["Throws and fires porcelain tableware in a climbing kiln.",
             "Makes glazed tiles and tableware for restaurants."],
            ["Looking for distributors for tableware in South and South-East Asia.",
             "Wants designers who know Indian and Thai dining."]),
    _sector("sake", "Sake & brewing", "sake brewing;fermentation;brewing",
            "export to asean;export to india;overseas distributors",
            ["Brews junmai and ginjo sake from local rice and spring water.",
             "Family brewery since the Edo period; also makes amazake and sake lees."],
            ["Looking for importers and restaurants in South-East Asia and India.",
             "Wants to know about halal-friendly non-alcoholic products."]),
    _sector("cutlery", "Cutlery & tableware", "cutlery;knife forging;stainless steel;polishing",
            "export to india;export to asean;overseas distributors",
            ["Forges kitchen knives from layered steel; hand-sharpened.",
             "Presses and polishes stainless steel cutlery and tableware."],
            ["Looking for hotel and restaurant suppliers abroad.",
             "Wants distributors for professional kitchen knives."]),
    _sector("eyewear", "Eyewear", "eyewear frames;titanium processing;precision machining",
            "overseas distributors;export to asean;business succession",
            ["Makes titanium and acetate spectacle frames.",
             "Plates and polishes metal frames for other brands."],
            ["Looking for optical chains in India and Thailand.",
             "Needs a successor or partner to continue the business."]),
    _sector("medical", "Medical devices & health", "medical devices;gmp;iso 13485;disposables",
            "regulatory advice;technology transfer;component sourcing",
            ["Makes disposable syringes, catheters and dressings.",
             "Designs and assembles patient monitors and infusion pumps."],
            ["Needs guidance on registering devices abroad.",
             "Looking for partners to make parts at lower cost."]),
    _sector("herbal", "Herbal medicine (jamu)", "herbal extracts;jamu;gmp;halal certified",
            "export to japan;regulatory advice;branding",
            ["Makes jamu powders, capsules and drinks from ginger and turmeric.",
             "Halal and BPOM registered herbal supplements."],
            ["Needs advice on Japanese food and supplement rules.",
             "Looking for a Japanese health-food distributor."]),
    _sector("batik", "Batik & crafts", "batik;natural dyeing;handmade",
            "japanese buyers;design collaboration;e-commerce",
            ["Hand-drawn (tulis) and stamped (cap) batik on cotton and silk.",
             "Natural-dye batik scarves and fabrics."],
            ["Looking for Japanese kimono and interior designers.",
             "Wants to sell online to Japanese customers."]),
    _sector("furniture", "Furniture", "furniture;teak;rattan;wood processing",
            "japanese buyers;legal timber certification;design collaboration",
            ["Makes teak and mahogany furniture with SVLK legal-timber papers.",
             "Weaves rattan chairs and baskets."],
            ["Looking for Japanese interior shops.",
             "Needs designs sized for Japanese homes."]),
)}


# What Japanese SMEs look for abroad, with the sentence that says so.
JAPANESE_NEEDS = {
    "export to india": "Looking for distributors and partners in India.",
    "export to asean": "Wants to sell in South-East Asia; looking for a distributor in Thailand or Indonesia.",
    "overseas production": "Considering a production partner in India or South-East Asia.",
    "business succession": "The owner is over seventy; open to a successor or a partner company.",
    "skilled workers": "Short of skilled workers; interested in technical trainees from Asia.",
    "raw material sourcing": "Looking for reliable overseas sources of raw materials.",
}
EMERGING_NEEDS = ("japanese buyers", "technology transfer", "joint venture", "export to japan",
                  "quality certification", "financing")
GENERAL_TAGS = ("family business", "women-led", "export experience", "j-goodtech registered")


def tags_for(rng: random.Random, sector: Sector, country: str) -> list[tuple[str, str]]:
    """(kind, tag) pairs: two or three strengths, one or two needs, maybe a general tag.

    A Japanese SME looks abroad (markets, partners, successors); the others look to Japan.
    """
    strengths = rng.sample(sector.strengths, min(len(sector.strengths), rng.randint(2, 3)))
    if country == "JP":
        needs = rng.sample(list(JAPANESE_NEEDS), 1)
        sector_needs = [n for n in sector.needs if "japan" not in n and n not in EMERGING_NEEDS]
        needs += rng.sample(sector_needs, min(len(sector_needs), rng.randint(0, 1)))
    else:
        needs = rng.sample(sector.needs, 1) + rng.sample(EMERGING_NEEDS, rng.randint(0, 1))
    tags = [("strength", t) for t in strengths] + [("need", t) for t in dict.fromkeys(needs)]
    if rng.random() < 0.35:
        tags.append(("general", rng.choice(GENERAL_TAGS)))
    return tags


def needs_text(rng: random.Random, sector: Sector, country: str, tags: list[tuple[str, str]]) -> str:
    if country == "JP":
        return next(JAPANESE_NEEDS[tag] for kind, tag in tags if kind == "need" and tag in JAPANESE_NEEDS)
    return rng.choice(sector.need_notes)
