<#--
  The three things to show (English). Variables: person.givenNames
-->
# The three things to show

## 1. Who you are (identity)

ICE must be sure of your identity. What usually helps:

- a passport, national identity card or birth certificate, or a copy of one; say where the original is (with ICE, with your sponsor);
- if you have no document: sworn statements from people who know you well, saying how and since when they know you.

## 2. You will attend every hearing (not a flight risk)

ICE wants to know you will come to every court hearing and every ICE appointment. What usually helps:

- a sponsor's letter with their street address (not a PO box), their immigration status and a promise of housing, support and transport to every hearing;
- proof of the sponsor's identity, status and address (a copy of their ID, a lease or utility bill);
- letters from family and community that show your ties to the place where you will live.

## 3. You are not a danger to the community

ICE wants to know you are peaceful. What usually helps:

- letters from people who have seen your character: family, friends, a pastor, an employer, neighbors;
- concrete examples of your work, your faith, how you care for others;
- where true, that you have never been arrested or in trouble with the law.

Leave out anything about the strength of your asylum case or your chances of winning. That belongs only in a request prepared by an attorney.
