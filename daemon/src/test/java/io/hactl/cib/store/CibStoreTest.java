package io.hactl.cib.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hactl.cib.xml.XmlElement;
import io.hactl.cib.xml.XmlFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CibStoreTest {
    @TempDir
    Path dir;

    private final XmlFiles xml = new XmlFiles();

    private XmlElement cib(int epoch) {
        return xml.read("<cib admin_epoch=\"0\" epoch=\"" + epoch + "\" num_updates=\"0\"><configuration/><status/></cib>");
    }

    @Test
    void savesWithDigestAndKeepsOnlyTheLastVersions() throws Exception {
        CibStore store = new CibStore(dir, 2);
        for (int epoch = 1; epoch <= 4; epoch++) {
            store.save(cib(epoch));
        }
        assertThat(store.load().cib().attribute("epoch")).contains("4");
        assertThat(Files.readString(dir.resolve("cib.xml.sig")).trim())
                .isEqualTo(CibStore.digest(Files.readAllBytes(dir.resolve("cib.xml"))));
        assertThat(dir.resolve("cib-3.xml")).exists();
        assertThat(dir.resolve("cib-2.xml")).exists();
        assertThat(dir.resolve("cib-1.xml")).doesNotExist();
        assertThat(dir.resolve("cib-1.xml.sig")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aDamagedCibIsRefusedAndTheNewestIntactCopyIsUsed() throws Exception {
        CibStore store = new CibStore(dir, 3);
        store.save(cib(1));
        store.save(cib(2));
        Files.writeString(dir.resolve("cib.xml"), "<cib epoch=\"2\"><configuration/><sta");

        CibStore.Loaded loaded = store.load();

        assertThat(loaded.cib().attribute("epoch")).contains("1");
        assertThat(loaded.source()).isEqualTo(dir.resolve("cib-1.xml"));
        assertThat(String.join("\n", loaded.warnings()))
                .contains("cib.xml refused: its digest")
                .contains("does not match cib.xml.sig")
                .contains("using the newest intact copy");
        assertThat(Files.readString(dir.resolve("cib.xml.corrupted"))).endsWith("<sta");
    }

    @Test
    void aCibWithoutDigestIsAcceptedButMalformedXmlIsNot() throws Exception {
        Files.writeString(dir.resolve("cib.xml"), "<cib epoch=\"7\"/>");
        assertThat(new CibStore(dir, 1).load().cib().attribute("epoch")).contains("7");

        Files.writeString(dir.resolve("cib.xml"), "<cib epoch=\"7\">");
        assertThatThrownBy(() -> new CibStore(dir, 1).load())
                .isInstanceOf(CibStore.NoUsableCibException.class)
                .hasMessageContaining("not well-formed XML at line 1");

        Files.writeString(dir.resolve("cib.xml"), "<cib>\n<!-- see hactl --help -->\n</cib>");
        assertThatThrownBy(() -> new CibStore(dir, 1).load())
                .isInstanceOf(CibStore.NoUsableCibException.class)
                .hasMessageContaining("not well-formed XML at line 2")
                .hasMessageContaining("'--' not allowed in comment");
    }
}
