<#--
  Notice for the person (English). Variables:
    byLawyer        true when an attorney or accredited representative prepared the material
    preparedBy.name, .role
-->
# Please read this first

**This is not legal advice.** <#if byLawyer>This packet was prepared by ${preparedBy.name}, ${preparedBy.role}.<#else>The people who prepared this packet are volunteers, not attorneys. They cannot give you legal advice or prepare your parole request for you.</#if>

**ICE decides on parole.** A parole request goes to the ICE office that holds you. A deportation officer prepares the decision and the Field Office Director decides. The immigration judge does not decide on parole.

**Denial is common, and it can take a long time.** ICE denies many requests, and it may be weeks before it answers. A denial does not decide your immigration case. If your situation changes, for example a new sponsor or new documents, you can ask a legal service provider whether to ask again.

**What you need to show.** You must show who you are (your identity), that you will attend every hearing and ICE appointment (you are not a flight risk), and that you are not a danger to the community. The letters and documents in this packet are meant to help with those three points.

**Where to find legal help.** Your detention center must post a list of free legal service providers; ask for it. The resources at the end of this packet also offer guides for people who represent themselves.
