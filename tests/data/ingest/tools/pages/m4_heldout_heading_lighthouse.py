PATH = "heldout/md_heading_lighthouse.md"
KIND = "markdown"
# no front matter, no author, no outlet; date from a "Published on ..." line
META = {
    "title": "Volunteers relight the Gannet Point lighthouse after 40 dark years",
    "outlet": None,
    "author": None,
    "published": "2024-09-09",
    "published_at": None,
    "url": None,
}
OPTS = {"sep": "\n\n", "h": "##"}
BODY = r'''
X: Published on September 9, 2024

![Gannet Point lighthouse at dusk](images/gannet-point-lantern.jpg)
C+: *The restored lantern room at Gannet Point, photographed the evening before the relighting.*
P: For the first time since 1984, a beam swept across the water off Gannet Point on Saturday night, as several hundred people cheered from the cliffs below the lighthouse.
P: The relighting marked the end of a nine-year restoration led by the **Gannet Point Lighthouse Trust**, a volunteer group that raised about £640,000 to repair the tower, replace its rusted lantern room and install a modern LED light.
P: "There were times when I thought we'd never see it," said trust chair Morag Keillor, 71, who first climbed the tower as a child when her uncle was one of its keepers. "Tonight it felt like the whole coast was holding its breath."
H: From ruin to restoration
P: The lighthouse was automated in the 1960s and switched off in 1984, when satellite navigation made it unnecessary for shipping. By the time the trust was formed in 2015, the iron staircase had corroded, the roof leaked, and the lantern glass had been smashed by storms.
P: Volunteers, including retired engineers and a team of local apprentices, spent more than 30,000 hours on the project. The original *Fresnel lens*, which had been stored in a museum, was cleaned and put back in place, although it is now lit by a low-power lamp rather than paraffin.
P: The light will not be used for navigation. It has been registered with the coastguard as a "private aid" and flashes a distinctive pattern — two white flashes every 15 seconds — that does not match any working lighthouse on the coast.
H: Open to visitors
P: The trust plans to open the tower to visitors on weekends from next spring, with proceeds going toward maintenance. Bookings will open on the [trust's website](https://gannetpoint.example/visit) in February.
P: Keillor said the group's next goal is to restore the keepers' cottages beside the tower as holiday lets. "The light is back," she said. "Now we want to bring the people back."
X: ---

Share this article: [Facebook](https://facebook.example/sharer) | [X](https://x.example/intent) | [Email](mailto:?subject=Gannet%20Point)

**Sign up for our newsletter** to get coastal news every Sunday.
'''
TEMPLATE = r'''
# Volunteers relight the Gannet Point lighthouse after 40 dark years

{{BODY}}
'''
