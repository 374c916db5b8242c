PATH = "dev/text_techblog_battery.txt"
KIND = "text"
META = {
    "title": "Hands-on: the sodium-ion power bank that shrugs off the cold",
    "outlet": "Circuit & Socket",
    "author": "Noor Haddad",
    "published": "2024-09-03",
    "published_at": "2024-09-03 08:39",
    "url": None,
}
# one paragraph per line, no blank lines (like a select-all copy of a blog theme)
OPTS = {"sep": "\n"}
BODY = r'''
P: Most power banks hate winter. Leave a lithium-ion pack in a car overnight at minus 15 degrees and you will be lucky to get half its rated capacity out of it the next morning. The Voltwren Frost 10, a new 10,000 mAh bank built on sodium-ion cells, promises to fix exactly that.
P: I spent two weeks with a pre-production unit, including three nights in a chest freezer, and the short version is that the claim mostly holds up — with a couple of caveats worth knowing before you pay the 79-dollar asking price.
H: What is sodium-ion, anyway?
P: Sodium-ion cells work much like the lithium-ion cells in your phone, shuttling ions between two electrodes, but they use sodium, which is cheap and plentiful, instead of lithium. The trade-off has always been energy density: for the same weight, you get less stored energy.
P: That shows. The Frost 10 weighs 290 grams, about 70 grams more than a typical lithium bank of the same rating, and it is noticeably chunkier in a jacket pocket.
X: Advertisement
H: The freezer test
P: After a night at minus 18 degrees, the Frost 10 delivered 7,950 mAh at 5 volts to our test load, or about 80 percent of what it managed at room temperature. A popular lithium-ion bank we froze alongside it managed just 41 percent and refused to charge a phone at all for the first ten minutes.
P: Charging the Frost 10 itself in the cold is another story. The bank simply will not accept a charge below zero degrees, a protection feature the company says prevents long-term cell damage. If you keep it in the car, you will need to bring it indoors to top it up.
X: Related: How we test battery capacity (and why the number on the box lies)
H: Should you buy one?
P: If you ski, fish on ice or work outdoors through the winter, the Frost 10 is the first power bank I would trust to still be useful at the end of a cold day. For everyone else, a lighter lithium bank remains the better buy, at least until sodium-ion cells get smaller.
P: Voltwren says the Frost 10 ships in October in grey and orange.
'''
TEMPLATE = r'''
Circuit & Socket
Reviews
News
How-To
Deals
Podcast
Search
Home / Reviews / Power
Hands-on: the sodium-ion power bank that shrugs off the cold
Noor Haddad
Updated: 2024-09-03 08:39
6 min read
Share this article
{{BODY}}
Tags: batteries, sodium-ion, power banks, reviews
Share this article
Facebook
X
Reddit
Email
More From Author
How we test battery capacity (and why the number on the box lies)
Five USB-C chargers that survived our drop test
The best cheap earbuds we tested this year
Leave a Reply
Your email address will not be published. Required fields are marked *
Comment *
Name *
Email *
Website
Save my name, email, and website in this browser for the next time I comment.
Post Comment
© 2024 Circuit & Socket. All rights reserved.
Privacy Policy | Affiliate Disclosure | Contact
Scroll to Top
'''
