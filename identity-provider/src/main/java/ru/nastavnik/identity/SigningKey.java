package ru.nastavnik.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The RSA key that signs every token (RS256). Kept in {@code <key-directory>/signing-key.jwk} when a directory is
 * configured, so that tokens and the gateway's sessions survive a restart of the provider; otherwise made anew at
 * every start. The file holds the private key: owner-only permissions, never logged.
 */
final class SigningKey {

    static final String FILE_NAME = "signing-key.jwk";
    private static final int KEY_SIZE = 2048;

    private SigningKey() {
    }

    /** A fresh key, or the one kept in {@code directory} (made and kept there on the first start). */
    static RSAKey loadOrCreate(Path directory) {
        if (directory == null) {
            return generate();
        }
        Path file = directory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Files.createDirectories(directory);
            RSAKey key = generate();
            write(file, key);
            return key;
        } catch (FileAlreadyExistsException raced) {
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the signing key in " + directory, e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA signing key", e);
        }
    }

    private static RSAKey read(Path file) {
        try {
            RSAKey key = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!key.isPrivate()) {
                throw new IllegalStateException(file + " holds no private key; delete it to have a new key made");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key " + file, e);
        } catch (ParseException e) {
            // Not regenerated silently: a damaged key file is worth a look, and deleting it is one command.
            throw new IllegalStateException(file + " is not a JSON Web Key (" + e.getMessage()
                    + "); delete it to have a new key made", e);
        }
    }

    /** Written to a temporary file first, readable by the owner only, then moved into place in one step. */
    private static void write(Path file, RSAKey key) throws IOException {
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        Files.deleteIfExists(temporary);
        if (Files.getFileAttributeView(file.getParent(), java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temporary);
        }
        Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
