package org.ntc.hub.generate;

/** Parallel phrase banks in English, Finnish and Swedish, so generated texts are real translations. */
final class Phrases {
  record Product(String category, String en, String fi, String sv) {}

  static final Product[] PRODUCTS = {
      new Product("remote-monitoring", "Blood pressure monitoring", "Verenpaineen etämittaus", "Distansmätning av blodtryck"),
      new Product("remote-monitoring", "Oxygen saturation follow-up", "Happisaturaation seuranta", "Uppföljning av syremättnad"),
      new Product("remote-monitoring", "Weight and symptom diary", "Paino- ja oirepäiväkirja", "Vikt- och symtomdagbok"),
      new Product("video-consultation", "Video visits", "Videovastaanotto", "Videobesök"),
      new Product("video-consultation", "Remote interpreting", "Etätulkkaus", "Distanstolkning"),
      new Product("digital-therapeutics", "Online cognitive therapy", "Verkkoterapia", "Internetbaserad KBT"),
      new Product("safety-and-alarms", "Safety wristband", "Turvaranneke", "Trygghetsarmband"),
      new Product("safety-and-alarms", "Fall detector", "Kaatumisilmaisin", "Fallarm"),
      new Product("safety-and-alarms", "Door sensor", "Oviseuranta", "Dörrsensor"),
      new Product("medication-management", "Medicine dispenser", "Lääkeannostelija", "Läkemedelsautomat"),
      new Product("medication-management", "Medication reminder", "Lääkemuistutin", "Medicinpåminnare"),
      new Product("rehabilitation", "Home exercise programme", "Kotikuntoutusohjelma", "Hemträningsprogram"),
      new Product("rehabilitation", "Balance training game", "Tasapainoharjoittelupeli", "Balansträningsspel"),
      new Product("assistive-living", "Smart lighting", "Älyvalaistus", "Smart belysning"),
      new Product("assistive-living", "Voice-controlled home", "Puheohjattu koti", "Röststyrt hem"),
      new Product("self-care", "Diabetes self-care app", "Diabeteksen omahoitosovellus", "Egenvårdsapp för diabetes"),
      new Product("self-care", "Sleep coaching", "Univalmennus", "Sömncoachning"),
      new Product("care-coordination", "Shared care plan", "Yhteinen hoitosuunnitelma", "Gemensam vårdplan"),
      new Product("care-coordination", "Home care route planner", "Kotihoidon reittisuunnittelu", "Ruttplanering för hemtjänsten"),
      new Product("health-data-interoperability", "FHIR integration hub", "FHIR-integraatioalusta", "FHIR-integrationsplattform"),
  };

  static final String[][] SETTINGS = {
      {"for home care", "kotihoitoon", "för hemvården"},
      {"for health centres", "terveysasemille", "för vårdcentraler"},
      {"for assisted living", "palveluasumiseen", "för serviceboenden"},
      {"for families", "perheille", "för familjer"},
      {"for hospitals", "sairaaloihin", "för sjukhus"},
      {"for rural areas", "haja-asutusalueille", "för glesbygden"},
  };

  static final String[][] BENEFITS = {
      {"Nurses see the readings in real time and react before the situation worsens.",
       "Hoitajat näkevät mittaukset reaaliajassa ja reagoivat ennen kuin tilanne pahenee.",
       "Sjuksköterskorna ser mätvärdena i realtid och agerar innan läget försämras."},
      {"Older people live safely at home for longer.",
       "Ikääntyneet asuvat turvallisesti kotonaan pidempään.",
       "Äldre personer bor tryggt hemma längre."},
      {"Fewer home visits leave more time for care.",
       "Harvemmat kotikäynnit jättävät enemmän aikaa hoidolle.",
       "Färre hembesök ger mer tid för omsorg."},
      {"Patients meet their doctor without travelling long distances.",
       "Potilaat tapaavat lääkärinsä ilman pitkiä matkoja.",
       "Patienterna träffar sin läkare utan långa resor."},
      {"Relatives receive an alert when help is needed.",
       "Omaiset saavat hälytyksen, kun apua tarvitaan.",
       "Anhöriga får ett larm när hjälp behövs."},
      {"The service works in Finnish, Swedish and English.",
       "Palvelu toimii suomeksi, ruotsiksi ja englanniksi.",
       "Tjänsten fungerar på finska, svenska och engelska."},
      {"Data moves securely to the patient record.",
       "Tiedot siirtyvät turvallisesti potilastietojärjestelmään.",
       "Uppgifterna förs säkert över till journalsystemet."},
      {"Exercises are guided by a physiotherapist over video.",
       "Fysioterapeutti ohjaa harjoituksia videon välityksellä.",
       "Fysioterapeuten leder övningarna via video."},
  };

  static final String[][] COMPANY_NAMES = {
      {"Hoiva Digital", "Digital care services.", "Digitaalisia hoivapalveluja.", "Digitala omsorgstjänster."},
      {"Nordic Telecare", "Telecare across the Nordics.", "Etähoivaa Pohjoismaissa.", "Distansomsorg i Norden."},
      {"Kotona Turvassa", "Safety at home.", "Turvallisuutta kotiin.", "Trygghet i hemmet."},
      {"Vårdlänk", "Links between care and home.", "Yhteys hoidon ja kodin välille.", "Länken mellan vård och hem."},
      {"Bothnia Health Tech", "Health technology from the Gulf of Bothnia.", "Terveysteknologiaa Pohjanlahdelta.",
       "Hälsoteknik från Bottenviken."},
  };

  static final String[] TARGET_GROUPS = {"older-people", "chronic-conditions", "families", "people-with-disabilities",
      "mental-health", "professionals", "informal-carers"};
  static final String[] REGULATORY = {"not-medical-device", "mdr-class-i", "mdr-class-iia", "mdr-class-iib", "ivdr"};
  static final String[] EVIDENCE = {"concept", "pilot", "clinical-study", "routine-use"};

  private Phrases() {}
}
