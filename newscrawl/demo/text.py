"""Word lists and sentence templates for the demo network's fake regional news copy.

Everything here is plain data plus a few pure functions that draw from a
``random.Random``: the same generator state always gives the same words. The copy
imitates the register of Indian regional English-language papers (datelines,
officials, districts, wire credits) without reproducing any real article.
"""

from __future__ import annotations

import random
import re

PLACES = (
    "Guwahati",
    "Dibrugarh",
    "Jorhat",
    "Silchar",
    "Tezpur",
    "Nagaon",
    "Golaghat",
    "Sivasagar",
    "Barpeta",
    "Dhubri",
    "Kokrajhar",
    "Tinsukia",
    "Shillong",
    "Imphal",
    "Kohima",
    "Agartala",
    "Aizawl",
    "Itanagar",
    "Gangtok",
    "Diphu",
    "Haflong",
    "Majuli",
    "Bongaigaon",
    "Karimganj",
    "Lakhimpur",
    "Dhemaji",
    "Goalpara",
    "Morigaon",
)
NATIONAL_PLACES = ("New Delhi", "Kolkata", "Mumbai", "Bengaluru", "Chennai", "Hyderabad", "Patna")
WORLD_PLACES = ("Paris", "London", "Washington", "Dhaka", "Kathmandu", "Geneva", "Tokyo", "Berlin")

FIRST_NAMES = (
    "Pranjal",
    "Anupam",
    "Rituparna",
    "Bikash",
    "Nilakshi",
    "Debajit",
    "Mousumi",
    "Arup",
    "Jayanta",
    "Kabita",
    "Manash",
    "Pallavi",
    "Rajib",
    "Sanjukta",
    "Tapan",
    "Utpal",
    "Violet",
    "Wasbir",
    "Zubeen",
    "Hiranya",
    "Gitanjali",
    "Farhana",
    "Eshan",
)
LAST_NAMES = (
    "Bora",
    "Saikia",
    "Baruah",
    "Gogoi",
    "Hazarika",
    "Kalita",
    "Das",
    "Deka",
    "Sharma",
    "Choudhury",
    "Phukan",
    "Medhi",
    "Talukdar",
    "Rahman",
    "Lyngdoh",
    "Singh",
    "Sangma",
    "Ahmed",
    "Dutta",
    "Nath",
    "Mahanta",
    "Kakati",
)
OFFICIAL_TITLES = (
    "Chief Minister",
    "Education Minister",
    "Health Minister",
    "Deputy Commissioner",
    "Superintendent of Police",
    "district president",
    "state spokesperson",
    "Forest Minister",
    "Transport Commissioner",
    "Mayor",
)
ORGS = (
    "Assam BJP",
    "the state Congress",
    "the All Assam Students' Union",
    "the district administration",
    "the Guwahati Municipal Corporation",
    "the state Health Department",
    "the forest department",
    "Oil India Limited",
    "the Northeast Frontier Railway",
    "the Assam Tea Tribes Association",
    "the State Disaster Management Authority",
    "the Brahmaputra Board",
    "Gauhati University",
    "the Election Commission",
    "the Assam Police",
)
ISSUES = (
    "flood relief",
    "road safety",
    "tea garden wages",
    "land eviction",
    "erosion control",
    "drinking water supply",
    "power cuts",
    "school dropout rates",
    "illegal sand mining",
    "cattle smuggling",
    "fuel prices",
    "crop damage",
    "rhino poaching",
    "traffic congestion",
    "teacher recruitment",
    "hospital staffing",
    "railway connectivity",
    "internet shutdowns",
    "river pollution",
    "mobile tower permits",
    "property tax",
    "bridge repairs",
)
PROJECTS = (
    "the new bridge over the Brahmaputra",
    "the four-lane highway",
    "the medical college",
    "the smart city project",
    "the riverfront development",
    "the new ISBT",
    "the flyover",
    "the rural electrification drive",
    "the piped water scheme",
    "the drainage overhaul",
)
EVENTS = (
    "a public hearing",
    "a two-day conclave",
    "a sit-in protest",
    "a review meeting",
    "an awareness campaign",
    "a blood donation camp",
    "a job fair",
    "a book fair",
    "a cultural festival",
    "a cleanliness drive",
)
DISASTERS = ("flash floods", "a landslide", "a hailstorm", "a cyclone", "a fire", "an earthquake")
CRIMES = ("fake currency", "drug trafficking", "cyber fraud", "extortion", "job scam")
GROUPS = (
    "farmers",
    "students",
    "tea garden workers",
    "traders",
    "residents",
    "fishermen",
    "daily wage earners",
    "nurses",
    "auto-rickshaw drivers",
    "weavers",
)
COMMENTERS = (
    "Ramesh K",
    "Dipika",
    "A concerned citizen",
    "Bhaskar J",
    "Moni",
    "Rupam Sarma",
    "N. Hussain",
    "Trishna",
    "Old Guwahati hand",
)
WIRE_QUOTERS = ("Xinhua", "Reuters", "AFP", "the Associated Press", "IANS")

TITLE_TEMPLATES = (
    "{org_t} demands probe into {issue} in {place}",
    "{place} administration steps up {issue} measures",
    "{title} reviews progress of {project} in {place}",
    "{number} families affected as {disaster} hits {place}",
    "{org_t} to hold {event} in {place} next week",
    "Police arrest {number} in {place} {crime} case",
    "{groups_t} in {place} protest over {issue}",
    "{place}: {title} promises action on {issue}",
    "Centre approves funds for {project} in {place}",
    "{org_t} flags concern over {issue} ahead of monsoon",
    "{place} gets {number} new schools under state scheme",
    "High Court seeks report on {issue} in {place}",
    "{groups_t} of {place} welcome decision on {issue}",
    "Work on {project} in {place} to resume after {number}-month delay",
    "{place} records {number} cases as {issue} worsens",
)
DESCRIPTION_TEMPLATES = (
    "The move comes after weeks of complaints from {groups} about {issue} in {place}.",
    "Officials said {project} would be completed within {number} months.",
    "{org_t} said the matter would be raised with the state government.",
    "Residents of {place} say {issue} has gone unaddressed for years.",
)
SENTENCE_TEMPLATES = (
    "{org_t} on {weekday} said it would take up the issue of {issue} with the authorities.",
    "According to officials, at least {number} {groups} in {place} have been affected so far.",
    "The {title} said the government was committed to resolving the problem of {issue}.",
    "Work on {project} is expected to be completed by the end of the year.",
    "Local {groups} alleged that repeated complaints to {org} had gone unanswered.",
    "A team of officials visited {place} on {weekday} to assess the situation.",
    "The matter will be discussed at {event} scheduled for next month.",
    "Opposition leaders accused the government of neglecting {issue} in {place}.",
    "Officials said {number} people had been shifted to relief camps in {place}.",
    "The department has sought an additional Rs {number} crore for {project}.",
    "Residents of {place} said they had been waiting for action for over {number} years.",
    "Police said an investigation had been launched and {number} people had been questioned.",
    "The decision was welcomed by {groups} and traders in the area.",
    "Experts have warned that {issue} could worsen if the monsoon is heavy this year.",
    "{org_t} also announced {event} in {place} to create awareness.",
    "The state government has set up a {number}-member committee to look into {issue}.",
)
QUOTE_TEMPLATES = (
    "“We will not allow {issue} to continue in {place},” the {title} said.",
    "“The people of {place} deserve better and we are working on it,” {person} told reporters.",
    "“We have asked {org} to submit a detailed report within {number} days,” {person} said.",
    "“There is no question of compromise on {issue},” said {person}.",
)
ATTRIBUTION_TEMPLATES = (
    "“We are studying every option on {issue},” {quoter} quoted {person} as saying.",
    "{person} told {quoter} that the talks on {issue} had made little progress.",
    "The figures could not be independently verified, {quoter} reported.",
)
SUBHEADINGS = (
    "What the residents say",
    "Government response",
    "The road ahead",
    "Background",
    "Funds and deadlines",
    "Opposition reaction",
    "What happens next",
)
LIST_INTROS = ("The committee’s key recommendations include:", "The measures announced are:")
LIST_ITEMS = (
    "setting up {number} new relief camps in {place}",
    "a helpline for {groups} affected by {issue}",
    "weekly review meetings chaired by the {title}",
    "an additional Rs {number} crore for {project}",
    "special drives against {crime} in {place}",
)
CAPTIONS = (
    "Officials inspect the site in {place}. (File photo)",
    "{groups_t} gather in {place} on {weekday}.",
    "A view of {project}. Photo: Sentinel",
)
UPDATE_SENTENCES = (
    "Later in the day, the {title} said that {number} more teams had been sent to {place}.",
    "Updated: officials on {weekday} revised the figure to {number}.",
    "This report has been updated with a statement from {org}.",
)
COMMENT_TEMPLATES = (
    "This has been going on in {place} for years. Nobody listens.",
    "Good move, but will it really solve {issue}?",
    "Thank you for reporting this. The situation in our area is the same.",
    "When will {project} actually be finished?",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def fill(template: str, rng: random.Random, place: str, keep: float = 0.7) -> str:
    """Fill one template's ``{slots}`` with draws from ``rng``; ``place`` is the story's place."""

    def slot(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "place":
            return place if rng.random() < keep else rng.choice(PLACES)
        if name in ("org", "org_t"):
            value = rng.choice(ORGS)
            return value[0].upper() + value[1:] if name == "org_t" else value
        if name in ("groups", "groups_t"):
            value = rng.choice(GROUPS)
            return value[0].upper() + value[1:] if name == "groups_t" else value
        if name == "number":
            return str(rng.choice((2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 40, 50, 120, 300)))
        if name == "person":
            return f"{rng.choice(OFFICIAL_TITLES)} {person(rng)}"
        if name == "quoter":
            return rng.choice(WIRE_QUOTERS)
        table = {
            "issue": ISSUES,
            "project": PROJECTS,
            "event": EVENTS,
            "disaster": DISASTERS,
            "crime": CRIMES,
            "title": OFFICIAL_TITLES,
            "weekday": WEEKDAYS,
        }
        return rng.choice(table[name])

    return re.sub(r"\{(\w+)\}", slot, template)


def capitalise(text: str) -> str:
    """Upper-case the first letter of a title, keeping the rest (acronyms stay)."""
    return text[:1].upper() + text[1:]


def slugify(text: str) -> str:
    """WordPress-style slug: lower case ASCII words joined by hyphens.

    >>> slugify("Assam BJP condemns ‘attack’ on CM’s convoy")
    'assam-bjp-condemns-attack-on-cms-convoy'
    """
    text = text.lower().replace("’", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")
