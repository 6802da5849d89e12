package ru.karta.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.restassured.RestAssured;

/**
 * An HTTP/1.1 request over a bare socket that announces its whole body but sends only the first 64 KiB: how the
 * server must answer an oversized body from the headers alone, without reading (or needing) the rest.
 */
final class RawHttp {

    record Answer(int status, String contentType, String body) {
    }

    private RawHttp() {
    }

    /** True once the headers and as many body bytes as Content-Length says have arrived. */
    private static boolean complete(byte[] received) {
        String text = new String(received, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        for (String line : text.substring(0, end).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return received.length >= end + 4 + Integer.parseInt(line.substring(15).trim());
            }
        }
        return false;
    }

    static Answer send(String method, String path, String token, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int port = RestAssured.port;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer "
                    + token + "\r\nContent-Type: " + contentType + "\r\nAccept: application/json\r\nContent-Length: "
                    + bytes.length + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, 0, Math.min(bytes.length, 64 * 1024));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while (!complete(received.toByteArray()) && (n = in.read(buffer)) > 0) {
                    received.write(buffer, 0, n);
                }
            } catch (IOException closedAfterAnswer) {
                // the server may reset the connection once it has answered
            }
            String text = received.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String headers = end < 0 ? text : text.substring(0, end);
            int status = Integer.parseInt(headers.substring(9, 12));
            String type = "";
            for (String line : headers.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    type = line.substring(13).trim();
                }
            }
            return new Answer(status, type, end < 0 ? "" : text.substring(end + 4));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
