PATH = "dev/text_aggregator_night_trains.txt"
KIND = "text"
# no author, no date, no outlet name anywhere on the page: all null
META = {
    "title": "Rail operator to add night trains linking Lindqvist and Porto Alto",
    "outlet": None,
    "author": None,
    "published": None,
    "published_at": None,
    "url": None,
}
OPTS = {"sep": "\n\n"}
BODY = r'''
P: Regional rail operator Nordline will introduce overnight sleeper trains between Lindqvist and Porto Alto from next spring, the company announced on Monday, reviving a route that was cancelled more than a decade ago.
P: The service will run four nights a week at first, leaving Lindqvist at 9:40 p.m. and arriving in Porto Alto shortly after 7 a.m. the following morning.
P: “Travellers have told us very clearly that they want an alternative to short-haul flights that does not cost them a working day,” Nordline chief executive Agnes Morell said in a statement.
P: Each train will carry six sleeping cars with two- and four-berth compartments, a couchette car and a dining car, according to the company. Fares will start at 59 euros for a couchette and 129 euros for a private compartment.
P: The rolling stock is being leased from a Central European operator and refurbished at Nordline’s depot in Vasterholm, where about 80 people will be employed on the project.
P: Night trains across the region largely disappeared in the 2000s as budget airlines expanded and operators struggled to make the services pay. Several have returned in recent years, helped by government subsidies and growing concern over aviation emissions.
P: Nordline said the new route would not receive direct public funding but would benefit from reduced track access charges agreed with the infrastructure manager last year.
P: Tickets are expected to go on sale in January, the company said.
P: Rival operators have been more cautious. A spokesperson for Coastway Rail said the company was “watching with interest” but had no plans to add overnight services of its own.
'''
TEMPLATE = r'''
Rail operator to add night trains linking Lindqvist and Porto Alto

Business
Rail operator to add night trains linking Lindqvist and Porto Alto

{{BODY}}

Trending Now


Singer’s surprise wedding photos leave fans guessing who the groom is…


Why fuel prices could rise again before the holidays…


Subscribe to Our Newsletter

*we hate spam as much as you do

More From Author


Latest Posts

See all >>
'''
