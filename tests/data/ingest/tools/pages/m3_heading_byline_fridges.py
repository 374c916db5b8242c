PATH = "dev/md_heading_community_fridges.md"
KIND = "markdown"
# no front matter: title from "# ...", author and date from a "By NAME | DATE" line,
# outlet from the footer; paragraphs hard-wrapped at 72 columns
META = {
    "title": "Community fridges keep food moving as grocery prices climb",
    "outlet": "The Weekly Lantern",
    "author": "Jonah Lee",
    "published": "2024-03-03",
    "published_at": None,
    "url": None,
}
OPTS = {"sep": "\n\n", "wrap": 72, "h": "###"}
BODY = r'''
P: _A network of 14 street-corner refrigerators now redistributes more than two tonnes of food a week._
X: By Jonah Lee | March 3, 2024

[Share on X](https://x.example/intent?url=weeklylantern.example%2Ffridges) · [Share on Facebook](https://facebook.example/sharer?u=weeklylantern.example%2Ffridges) · [Email](mailto:?subject=Community%20fridges)
P: On a cold Saturday morning outside the Maple Street laundromat, a steady stream of people stops at a bright green refrigerator painted with sunflowers. Some leave bags of oranges or loaves of bread. Others take a carton of milk, a tray of rice, a bunch of carrots.
P: The fridge is one of 14 run by Open Door Fridges, a volunteer group that started with a single donated appliance in 2021. Last month the network moved more than two tonnes of food a week, according to the group's own logs, double the amount it handled a year ago.
P: "When prices went up, we saw it straight away," said organizer Talia Brooks. "The fridges used to be full by evening. Now some of them are empty by lunchtime."
H: Who stocks the fridges
P: Much of the food comes from three supermarkets and a wholesale bakery that donate items close to their sell-by dates. Restaurants contribute prepared meals, which must be labeled with the date and ingredients under the group's food safety rules.
P: Volunteers check each fridge twice a day, throw out anything spoiled and wipe down the shelves. Electricity is donated by the businesses that host the fridges, which the group estimates costs each host about $30 a month.
P: The city's health department does not regulate the fridges directly but has issued guidelines on temperature checks and what can be shared. Raw meat and home-canned food are not allowed.
H: Growing pains
P: The group's rapid growth has brought challenges. Two fridges were removed last year after neighbors complained about litter, and volunteers say it has become harder to fill weekend shifts.
P: Brooks said the group is applying for a small city grant to buy a refrigerated van so it can collect more donations from farms outside town. "The food is out there," she said. "The hard part is getting it to the corner before it goes bad."
X: ---

*Jonah Lee reports on food and housing for The Weekly Lantern.*

**Related stories**

- [Food bank demand hits a record high](https://weeklylantern.example/food-bank-record)
- [How one school cut cafeteria waste in half](https://weeklylantern.example/cafeteria-waste)
- [Renters' union wins repairs at Elm Court](https://weeklylantern.example/elm-court)

© 2024 The Weekly Lantern
'''
TEMPLATE = r'''
# Community fridges keep food moving as grocery prices climb

{{BODY}}
'''
