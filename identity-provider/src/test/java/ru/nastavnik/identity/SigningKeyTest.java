package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.jwk.RSAKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @TempDir
    Path temp;

    @Test
    void withoutADirectoryEveryStartHasANewKey() {
        assertThat(SigningKey.loadOrCreate(null).getKeyID()).isNotEqualTo(SigningKey.loadOrCreate(null).getKeyID());
    }

    @Test
    void aKeptKeyIsTheSameAfterARestartAndReadableByTheOwnerOnly() throws Exception {
        Path directory = temp.resolve("identity");

        RSAKey first = SigningKey.loadOrCreate(directory);
        RSAKey second = SigningKey.loadOrCreate(directory);

        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(second.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
        assertThat(second.isPrivate()).isTrue();
        Path file = directory.resolve(SigningKey.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(directory.resolve(SigningKey.FILE_NAME + ".tmp")).doesNotExist();
    }

    @Test
    void aDamagedKeyFileStopsTheStartWithAnExplanation() throws Exception {
        Files.writeString(temp.resolve(SigningKey.FILE_NAME), "not a key");

        assertThatThrownBy(() -> SigningKey.loadOrCreate(temp))
                .hasMessageContaining("is not a JSON Web Key")
                .hasMessageContaining("delete it to have a new key made");
    }

    @Test
    void aPublicKeyAloneIsNotEnoughToSign() throws Exception {
        RSAKey key = SigningKey.loadOrCreate(null);
        Files.writeString(temp.resolve(SigningKey.FILE_NAME), key.toPublicJWK().toJSONString());

        assertThatThrownBy(() -> SigningKey.loadOrCreate(temp)).hasMessageContaining("holds no private key");
    }
}
