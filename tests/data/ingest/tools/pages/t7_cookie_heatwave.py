PATH = "dev/text_cookie_heatwave.txt"
KIND = "text"
META = {
    "title": "Northern towns brace for third heatwave of the summer",
    "outlet": "The Northern Courier",
    "author": "Priya Raman",
    "published": "2024-08-14",
    "published_at": None,
    "url": None,
}
OPTS = {"sep": "\n\n"}
BODY = r'''
P: Forecasters expect temperatures to top 33C in parts of the region by Friday, with health alerts already in place.
X: By Priya Raman
Weather correspondent
14 August 2024

Share this article
Share on Facebook
Share on X
Share via Email
C: Bathers crowd the lido at Ashby Park during last month's heatwave. Photograph: Kit Morland/The Northern Courier
P: Towns across the north are preparing for the third heatwave of the summer, with forecasters warning that temperatures could exceed 33C in some inland areas by Friday afternoon.
P: An amber heat-health alert has been issued for the region from 9am on Wednesday until Sunday evening, meaning hospitals, care homes and councils are expected to take steps to protect vulnerable people.
P: "This is not an extreme event by the standards of recent years, but it is the third in eight weeks, and the cumulative effect matters," said Dr Helen Marsh, a public health consultant. "Older people who got through July may be more tired and more dehydrated going into this one."
X: Advertisement
P: The hottest conditions are expected in the Calder and Wensley valleys, where overnight temperatures may not fall below 20C. Coastal towns should be a few degrees cooler thanks to a sea breeze.
H: Water use warning
P: Northern Water urged customers to avoid using hosepipes and sprinklers, saying demand had risen by almost a third during the last hot spell. Reservoir levels stand at 71%, below the average for the time of year, although the company said there were no plans for a hosepipe ban.
P: Several councils have opened "cool spaces" in libraries and community centres, and Ashby's outdoor lido will extend its opening hours until 9pm.
X: Related: How to keep your home cool without air conditioning
P: Rail operators said speed restrictions could be imposed on some lines on Thursday and Friday to reduce the risk of tracks buckling in the heat. Passengers are advised to check before they travel.
P: Forecasters expect a band of thunderstorms to bring the hot spell to an end early next week.
'''
TEMPLATE = r'''
We value your privacy

We and our 214 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development.

You can accept or reject these uses, or change your preferences at any time by clicking "Privacy settings" at the bottom of any page. Your choices will apply to this site only.

Accept all
Reject all
Manage preferences

THE NORTHERN COURIER
Subscribe | Sign in
News   Sport   Business   Weather   Opinion   Lifestyle   Puzzles

Home / News / Weather

Northern towns brace for third heatwave of the summer

{{BODY}}

Topics
Weather
Heatwaves
Public health

Most Read

1. Council confirms date for Ashby bypass public inquiry
2. Rovers sign Danish midfielder on three-year deal
3. Pensioner, 82, completes coast-to-coast walk for charity
4. House prices in the north rise for fifth month running

More from The Northern Courier

Sign up for our newsletter
The Courier Daily: the stories that matter across the north, every morning at 7am.
Enter your email address
Sign up

© 2024 The Northern Courier
Privacy settings | Cookie policy | Terms and conditions | Contact us | Complaints
'''
