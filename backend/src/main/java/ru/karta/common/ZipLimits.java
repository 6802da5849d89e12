package ru.karta.common;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * What one part of an uploaded Office package (a report's template, a roadmap's Word document) may unpack to, and how
 * much smaller than that it may be packed: real files are some kilobytes to a few megabytes, each part well under
 * 16 MB and packed at most a hundredfold. POI reads these limits from one global place; every reader sets them here.
 */
public final class ZipLimits {

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(16L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(8L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(1000);
    }

    private ZipLimits() {
    }

    /** Makes sure the limits are set before a package is opened. */
    public static void apply() {
        // the static initialiser has run by now
    }
}
