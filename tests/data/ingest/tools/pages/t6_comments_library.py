PATH = "dev/text_comments_library.txt"
KIND = "text"
# Published (date only) and Updated (with time) both stated: published wins, and since it has
# no time of day, published_at is null.
META = {
    "title": "Eastgate library branch saved after neighbors raise $310,000",
    "outlet": "Riverside Dispatch",
    "author": "Marcus Obi",
    "published": "2024-10-02",
    "published_at": None,
    "url": None,
}
OPTS = {"sep": "\n\n"}
BODY = r'''
P: The Eastgate branch of the Riverside Public Library will remain open through at least 2027 after a neighborhood fundraising campaign collected $310,000 in just under six weeks, library officials announced Tuesday.
P: The branch, a one-story brick building that has served the east side since 1962, was slated to close in January under a consolidation plan approved by the library board in August. The board said at the time that the building needed a new roof and heating system it could not afford.
P: Residents responded with bake sales, a 5K run, a benefit concert at the Eastgate Middle School gym and an online campaign that drew more than 2,400 donors. The largest single gift, $50,000, came from a retired teacher who asked not to be named.
P: "I've never seen anything like it," said branch manager Yolanda Price, who has worked at Eastgate for 19 years. "People were dropping off envelopes of cash at the circulation desk. A second-grader brought in a jar of coins she'd saved from her birthday."
X: Advertisement
P: The money will cover the roof replacement and a new boiler, with about $60,000 left over for programming. The library board voted 6-1 on Tuesday to rescind the closure.
P: Board president Harold Kim said the vote did not resolve the library system's longer-term budget problems. The system faces a $1.4 million deficit next year, and Kim said the board would look for savings elsewhere, including reduced hours at the downtown branch.
P: Organizers of the campaign say they plan to form a permanent Friends of Eastgate Library group to raise money each year.
P: "We proved the branch matters," said Dolores Whitfield, one of the organizers. "Now we have to prove it every year."
'''
TEMPLATE = r'''
Riverside Dispatch
News   Sports   Opinion   Events   Obituaries   Subscribe

Home / News / Community

Eastgate library branch saved after neighbors raise $310,000

By Marcus Obi

Published on October 2, 2024

Updated: 2024-10-03 09:12

3 min read

Share this article

{{BODY}}

Marcus Obi is a community reporter for the Riverside Dispatch covering the east side, schools and neighborhood groups. Send tips to mobi@riversidedispatch.example.

87 Comments

Sort by: Newest

JanetK
October 2, 2024 at 7:14 pm
This is what community looks like. I took my kids to story time at Eastgate every Saturday for ten years, and I am so glad other families will get to do the same. Thank you to everyone who gave, whether it was fifty thousand dollars or five.
Reply

Ron Albers
October 2, 2024 at 7:40 pm
Good news, but let's be honest: the board created this crisis. They let the roof go for a decade and then acted surprised when it needed replacing. Fundraising shouldn't be how we pay for basic maintenance on a public building that our taxes already support.
Reply

    JanetK
    October 2, 2024 at 8:02 pm
    Fair point, Ron, but at least the doors stay open. We can fight about the board at the next election.
    Reply

    Ron Albers
    October 2, 2024 at 8:15 pm
    Agreed on that. I'll be at the November meeting.
    Reply

M. Dubois
October 2, 2024 at 9:31 pm
The article doesn't mention that the branch is also a polling place and a cooling center in the summer. Closing it would have hit the east side far harder than the board's numbers suggested. I hope the Dispatch follows up on what happens to the downtown hours, because that is where the next fight will be.
Reply

sparrow_reads
October 3, 2024 at 6:05 am
I was one of the volunteers at the bake sale. We sold 1,100 cookies in one afternoon and a man paid $100 for a single lemon bar. I have never been prouder of this neighborhood.
Reply

Greg P.
October 3, 2024 at 8:47 am
Happy for Eastgate, but the deficit is still $1.4 million. Somebody is going to lose hours somewhere, and the branches in neighborhoods without wealthy retirees will be the ones that lose. A one-time donation drive is not a budget.
Reply

    Yvonne T.
    October 3, 2024 at 9:20 am
    Most of the donations were under $50, Greg. This wasn't wealthy retirees, it was everybody.
    Reply

Alicia Romero
October 3, 2024 at 11:12 am
My son learned to read in the children's room at Eastgate. The librarians there know every kid by name. Thank you, Dispatch, for covering this from the start.
Reply

Load more comments

Leave a Reply

Comment Title:

Comment:

  Notify me of follow-up comments

Name:

Email:

Submit Comment

We encourage you to post comments that advance the discussion. Comments that are off topic or abusive will be removed. See our community guidelines.

© 2024 Riverside Dispatch
About | Contact | Advertise | Privacy | Terms
'''
