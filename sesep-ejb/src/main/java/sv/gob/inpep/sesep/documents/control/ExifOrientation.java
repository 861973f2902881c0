package sv.gob.inpep.sesep.documents.control;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Which way up a camera meant its photo: the EXIF Orientation tag (1 to 8) of a JPEG. Phones store
 * the pixels as the sensor saw them and write the turn into this tag; since SESEP re-encodes every
 * image without its metadata, the turn is applied to the pixels instead, so that a DUI
 * photographed upright is shown upright. Anything unreadable counts as upright: the tag is a hint,
 * never a reason to refuse a file.
 */
public final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    /** The orientation a JPEG's first EXIF block declares, 1 (upright) when there is none. */
    public static int of(byte[] jpeg) {
        int offset = 2;                                            // after SOI
        while (offset + 4 <= jpeg.length && (jpeg[offset] & 0xFF) == 0xFF) {
            int marker = jpeg[offset + 1] & 0xFF;
            int length = ((jpeg[offset + 2] & 0xFF) << 8) | (jpeg[offset + 3] & 0xFF);
            if (marker == 0xDA || marker == 0xD9 || length < 2) {   // image data or end: no EXIF before it
                return 1;
            }
            if (marker == 0xE1 && length >= 8 && offset + 2 + length <= jpeg.length
                    && "Exif\0\0".equals(new String(jpeg, offset + 4, 6, java.nio.charset.StandardCharsets.ISO_8859_1))) {
                return fromTiff(ByteBuffer.wrap(jpeg, offset + 10, length - 8).slice());
            }
            offset += 2 + length;
        }
        return 1;
    }

    private static int fromTiff(ByteBuffer tiff) {
        try {
            if (tiff.remaining() < 8) {
                return 1;
            }
            short byteOrder = tiff.getShort(0);
            if (byteOrder == 0x4949) {
                tiff.order(ByteOrder.LITTLE_ENDIAN);
            } else if (byteOrder != 0x4D4D) {
                return 1;
            }
            if (tiff.getShort(2) != 42) {
                return 1;
            }
            int ifd = tiff.getInt(4);
            int entries = tiff.getShort(ifd) & 0xFFFF;
            for (int i = 0; i < entries; i++) {
                int entry = ifd + 2 + i * 12;
                if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
                    int value = tiff.getShort(entry + 8) & 0xFFFF;   // type SHORT, count 1: the value sits in the entry
                    return value >= 1 && value <= 8 ? value : 1;
                }
            }
            return 1;
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return 1;                                            // a truncated or forged block
        }
    }

    /** The image turned (and mirrored, for 2, 4, 5 and 7) the way {@code orientation} says. */
    public static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;                      // 5 to 8 swap width and height
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);          // mirrored
            case 3 -> t.setTransform(-1, 0, 0, -1, w, h);         // upside down
            case 4 -> t.setTransform(1, 0, 0, -1, 0, h);          // mirrored upside down
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);           // mirrored, turned left
            case 6 -> t.setTransform(0, 1, -1, 0, h, 0);          // turned: needs 90° clockwise
            case 7 -> t.setTransform(0, -1, -1, 0, h, w);         // mirrored, turned right
            default -> t.setTransform(0, -1, 1, 0, 0, w);         // 8: needs 90° counter-clockwise
        }
        BufferedImage result = new BufferedImage(turned ? h : w, turned ? w : h,
                image.getType() == BufferedImage.TYPE_CUSTOM ? BufferedImage.TYPE_INT_RGB : image.getType());
        Graphics2D g = result.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return result;
    }
}
