PATH = "dev/text_newspaper_council_budget.txt"
KIND = "text"
META = {
    "title": "Harbor City council approves $48 million budget, trims library hours",
    "outlet": "The Harbor Ledger",
    "author": "Dana Whitlock",
    "published": "2024-03-12",
    "published_at": None,
    "url": None,
}
OPTS = {"sep": "\n\n"}
BODY = r'''
P: The spending plan closes a $3.1 million gap without raising property taxes, but two branch libraries will close on Mondays starting in July.
X: By Dana Whitlock

Share this article

Facebook
Twitter
Email
Copy link
C: Council members listen to public comment before Tuesday's budget vote at Harbor City Hall. (Photo: Sam Ortiz / The Harbor Ledger)
P: The Harbor City Council voted 5-2 on Tuesday night to approve a $48 million operating budget for the coming fiscal year, ending weeks of debate over how to close a projected $3.1 million shortfall.
P: The plan holds the property tax rate flat for a third straight year. To balance it, the city will leave nine vacant positions unfilled, delay the replacement of two fire engines and reduce hours at the Eastside and Pier Street branch libraries.
P: "Nobody up here is happy about the library cuts," said council member Ruth Abernathy, who voted in favor. "But the alternative was a tax increase that a lot of our seniors simply cannot absorb right now."
X: Advertisement
P: Council members Tomas Reyes and Gail Finch voted against the budget. Reyes said the city should have drawn more heavily on its reserve fund, which stands at about $9 million, rather than cutting services residents use every day.
H: Libraries take the hit
P: Under the approved plan, both branches will close on Mondays beginning July 1, saving roughly $210,000 a year in staffing costs. The main library downtown will keep its current schedule.
P: More than 40 people signed up to speak during the public comment period, most of them opposed to the library changes. Several parents said the Eastside branch is the only place within walking distance where their children can do homework after school.
X: Story continues below advertisement
P: City manager Evan Castillo said the reductions would be revisited in the fall if sales tax revenue comes in above projections. Sales tax receipts rose 4 percent last year, driven largely by new restaurants along the waterfront.
P: The budget also includes $1.2 million for repaving work on Harbor Boulevard and a 3 percent raise for city employees, the first under a contract approved in January.
P: The new fiscal year begins July 1.
'''
TEMPLATE = r'''
 date 2024-03-12 Home / News / Local

Harbor City council approves $48 million budget, trims library hours

{{BODY}}

Dana Whitlock covers city hall and local government for The Harbor Ledger. Reach her at dwhitlock@harborledger.example.

Related Articles

Harbor City weighs parking meter increase downtown

Eastside residents push for crosswalk after crash

School board approves later start times for high schools

Trending Now

1. Ferry service to Gull Island suspended for repairs
2. New bakery draws lines on Water Street
3. Harbor High wins state debate title

Sign up for our newsletter

Get The Harbor Ledger's morning briefing in your inbox every weekday.

Sign Up

© 2024 The Harbor Ledger

About Us
Contact
Advertise
Privacy Policy
Terms of Service
'''
