#!/usr/bin/env python3
"""Write the small PDF, .docx and web-page files of the format cases
(formats-*.case) into this folder. They are made here, by hand, from words
of our own: run it again to make them afresh (the output is the same
bytes every time)."""
import hashlib, io, os, struct, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT = "全市生产总值增长7.0%，规模以上工业增加值增长8.1%。"


def pdf(objects, trailer_extra=b""):
    """A PDF of the given object bodies (1-based), with a correct xref."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, trailer_extra, xref))
    return out.getvalue()


def stream(data, extra=b""):
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def no_text_pdf():
    """A page that is only a picture (a grey box where a scan would be)."""
    content = b"0.5 g 72 72 451 698 re f"
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                stream(content)])


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for c in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(c ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def encrypted_pdf():
    """Standard security handler, revision 2 (RC4, 40 bits), opened only
    with the user password "duibiao" (PDF 1.7, 7.6.3)."""
    user, owner, perms, file_id = b"duibiao", b"owner", -4, b"duibiao-test-id!"
    okey = hashlib.md5((owner + PAD)[:32]).digest()[:5]
    o = rc4(okey, (user + PAD)[:32])
    key = hashlib.md5((user + PAD)[:32] + o + struct.pack("<i", perms) + file_id).digest()[:5]
    u = rc4(key, PAD)

    def objkey(num):
        return hashlib.md5(key + struct.pack("<i", num)[:3] + b"\0\0").digest()[:10]

    content = rc4(objkey(4), b"BT /F1 24 Tf 72 700 Td (GDP 7.0%) Tj ET")
    hexs = lambda b: b"<" + b.hex().encode() + b">"
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                b"/Resources << /Font << /F1 5 0 R >> >> >>",
                stream(content),
                b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                b"<< /Filter /Standard /V 1 /R 2 /O " + hexs(o) + b" /U " + hexs(u) +
                b" /P %d >>" % perms],
               b"/Encrypt 6 0 R /ID [" + hexs(file_id) + hexs(file_id) + b"] ")


def zip_bytes(parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            z.writestr(info, data, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
         'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
         '</Types>')
DOCUMENT = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
            'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>' + TEXT +
            '</w:t></w:r></w:p></w:body></w:document>')


def main():
    files = {
        "formats-pdf-no-text.pdf": no_text_pdf(),
        "formats-pdf-encrypted.pdf": encrypted_pdf(),
        # a .docx cut off in its second half: no central directory
        "formats-docx-corrupt.docx": zip_bytes([("[Content_Types].xml", TYPES),
                                                ("word/document.xml", DOCUMENT * 4)])[:300],
        "formats-docx-no-document.docx": zip_bytes([("[Content_Types].xml", TYPES),
                                                    ("word/styles.xml", "<styles/>")]),
        "formats-docx-bad-xml.docx": zip_bytes([("[Content_Types].xml", TYPES),
                                                ("word/document.xml", DOCUMENT[:-40])]),
        "formats-html-truncated.html": ('<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
                                        '<title>统计公报</title></head>\n<body><p>' + TEXT +
                                        '</p>\n<p>全年一般公共预算收入<span cla').encode(),
    }
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
