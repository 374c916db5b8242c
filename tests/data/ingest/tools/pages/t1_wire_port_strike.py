PATH = "dev/text_wire_port_strike.txt"
KIND = "text"
META = {
    "title": "Dockworkers at Port of Castellane extend strike into second week",
    "outlet": "Meridian News Agency",
    "author": "Ines Carvalho, Piet Vermeulen",
    "published": "2024-07-16",
    "published_at": None,
    "url": None,
}
# text-mode (lynx -dump -nolist style) capture: 3-space indent, hard-wrapped lines
OPTS = {"sep": "\n\n", "wrap": 77, "indent": "   "}
BODY = r'''
P: CASTELLANE, July 16 (MNA) — Dockworkers at the Port of Castellane voted on Tuesday to extend their strike into a second week, leaving more than 40 container ships anchored offshore and deepening a backlog that shipping lines say could take a month to clear.
P: The union representing about 3,200 crane operators, lashers and checkers rejected a revised offer from the port authority that would have raised wages by 6.5% over two years, calling it "a paper raise that disappears the moment the rent is due."
P: "We are not striking for fun. We are striking because a night shift no longer pays for a night's sleep," union secretary Mariela Fonseca told reporters outside the port's main gate, where several hundred workers gathered in the early morning heat.
X:    Advertisement
P: The port authority said the offer was its final one and warned that automation projects delayed during the dispute would now be "reconsidered on an accelerated timeline." A spokesperson declined to say whether the authority would seek a court order to end the stoppage.
H: Cargo piling up
P: Castellane handles roughly a fifth of the region's container traffic and is the main entry point for fresh produce from overseas growers. Importers said refrigerated containers were being diverted to smaller ports up the coast, adding two to three days to delivery times.
P: At least two major carriers have begun adding a congestion surcharge of 150 euros per container on bookings routed through Castellane, according to notices seen by Meridian News Agency.
P: The regional chamber of commerce estimated the strike was costing local businesses about 11 million euros a day in lost sales, delayed production and storage fees, although it did not publish the methodology behind the figure.
X:    READ MORE: Shipping lines reroute cargo as Castellane backlog grows
P: Transport minister Aurelio Sant said on Monday the government would not intervene directly but urged both sides to return to mediation. "Every day this goes on, it is the small exporter who pays first," he said.
P: Mediators are expected to meet union leaders and port officials separately on Thursday. The last strike at Castellane, in 2019, lasted 19 days and ended with a three-year wage agreement that expired in March.
'''
TEMPLATE = r'''
   Skip to main content

   MERIDIAN NEWS AGENCY

     * World
     * Business
     * Markets
     * Technology
     * Climate
     * Sports
     * More

   Search: ____________________ [Search]

   Sign in | Subscribe

   World / Europe

Dockworkers at Port of Castellane extend strike into second week

   By Ines Carvalho and Piet Vermeulen

   Published on July 16, 2024

   4 min read

   Share this article
     * Facebook
     * X
     * LinkedIn
     * Email
     * Copy link

{{BODY}}

   Our Standards: The Meridian News Agency Trust Principles.

   Related Articles

     * Shipping lines reroute cargo as Castellane backlog grows
     * Port authority chief defends automation plan
     * Explainer: Why Castellane matters for the region's fruit imports
     * Union membership rises for the first time in a decade

   Trending Now

    1. Central bank holds rates, signals cut in September
    2. Wildfire forces evacuations on the southern coast
    3. Chipmaker shares slide after export curbs widen
    4. Cup draw sets up derby in the group stage

   Sign up for our newsletter

   The Morning Brief: the day's top stories, delivered to your inbox before
   breakfast.

   Email address: ______________________________ [Sign up]

   © 2024 Meridian News Agency. All rights reserved.

   About Us | Careers | Terms of Use | Privacy | Cookie Settings | Contact

   Scroll to Top
'''
