package fi.cocreate.consultation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    private static final String LETTER_FI = "Vaadimme, että kotoutumispalveluiden rahoitus turvataan kunnissa myös"
            + " vuoden 2027 jälkeen. Järjestöjen matalan kynnyksen neuvonta tavoittaa ne, joita viranomaiset eivät"
            + " tavoita, ja sen rahoituksen on oltava pitkäjänteistä eikä hankekohtaista.";
    private static final String LETTER_SV = "Vi kräver att finansieringen av integrationstjänsterna i kommunerna"
            + " tryggas även efter år 2027. Organisationernas lågtröskelrådgivning når dem som myndigheterna inte"
            + " når, och finansieringen måste vara långsiktig och inte projektbaserad.";

    private static Set<String> keysOf(List<NearDuplicates.Member<String>> group) {
        return group.stream().map(NearDuplicates.Member::key).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aCampaignLetterSentWithEachSendersOwnGreetingIsOneGroupAndOtherTextsStayApart() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("a", "Hei! " + LETTER_FI + " Terveisin Maija, Helsinki");
        texts.put("b", LETTER_FI.toUpperCase() + " t. Ahmed");
        texts.put("c", LETTER_FI.replace(",", "").replace(".", "!") + " Yst. terv. Olga Tampereelta");
        texts.put(
                "own",
                "Meidän järjestömme näkee, että kielikoulutusta pitäisi tarjota iltaisin, jotta työssäkäyvät"
                        + " pääsevät mukaan. Tämä on tärkein yksittäinen muutos, jota toivomme.");
        texts.put("sv1", LETTER_SV);
        texts.put("sv2", "Hej. " + LETTER_SV + " Med vänlig hälsning, Föreningen i Vasa");
        texts.put("short1", "Kyllä.");
        texts.put("short2", "Kyllä.");

        List<List<NearDuplicates.Member<String>>> groups = new NearDuplicates().groups(texts);

        assertEquals(2, groups.size(), groups.toString());
        assertEquals(Set.of("a", "b", "c"), keysOf(groups.get(0)), "largest group first");
        assertEquals(Set.of("sv1", "sv2"), keysOf(groups.get(1)));
        assertEquals(1.0, groups.get(0).get(0).similarity(), "the first member is the reference");
        groups.get(0).forEach(m -> assertTrue(m.similarity() >= NearDuplicates.DEFAULT_THRESHOLD, m.toString()));
    }

    @Test
    void caseAndPunctuationDoNotCountButWordsDo() {
        assertEquals(1.0, NearDuplicates.similarity("Rahoitus on turvattava, nyt!", "rahoitus ON turvattava nyt"));
        assertEquals(
                1.0,
                NearDuplicates.similarity("Ｆｕｌｌ width text here", "full width text here"),
                "compatibility forms are normalised");
        double edited = NearDuplicates.similarity(LETTER_FI, LETTER_FI.replace("pitkäjänteistä", "vakaata"));
        assertTrue(edited > 0.75 && edited < 1.0, "one word changed (three triples): " + edited);
        assertEquals(0.0, NearDuplicates.similarity("Kyllä.", "Kyllä."), "under three words: never a campaign");
        assertTrue(NearDuplicates.similarity(LETTER_FI, LETTER_SV) < 0.05, "a translation is not a copy");
    }

    @Test
    void thresholdDecidesWhetherAnEditedCopyJoins() {
        String edited = LETTER_FI.replace("pitkäjänteistä", "vakaata").replace("kunnissa", "kaikissa kunnissa");
        double similarity = NearDuplicates.similarity(LETTER_FI, edited);
        Map<String, String> texts = Map.of("letter", LETTER_FI, "edited", edited);
        assertEquals(1, new NearDuplicates(similarity - 0.01).groups(texts).size());
        assertEquals(0, new NearDuplicates(similarity + 0.01).groups(texts).size());
    }

    @Test
    void aNationalVolumeIsGroupedWithoutComparingEveryPair() {
        Random random = new Random(7);
        String[] vocabulary = ("kotoutuminen järjestö kunta palvelu kieli työ koulutus neuvonta rahoitus perhe"
                        + " nuoret asuminen terveys yhteistyö osallisuus syrjintä tieto verkosto ohjaus tuki")
                .split(" ");
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> campaign = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
            }
            texts.put("own" + i, text.toString());
        }
        for (int i = 0; i < 600; i++) {
            String key = "campaign" + i;
            campaign.add(key);
            texts.put(key, "Sender " + i + ": " + LETTER_FI);
        }
        List<List<NearDuplicates.Member<String>>> groups = new NearDuplicates().groups(texts);
        assertEquals(1, groups.size(), "random texts share few word triples");
        assertEquals(new TreeSet<>(campaign), keysOf(groups.get(0)));
    }
}
