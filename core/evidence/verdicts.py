"""Names of the file checks and signature verdicts, as the clerk reads them (English, translated)."""

from __future__ import annotations

from db.errors import N_

# "valid" is the only verdict that counts as evidence of a signed record
EVIDENCE = "valid"

VERDICT_TEXTS = {
    "": N_("Not checked yet"),
    "valid": N_("Valid official-duty signature"),
    "unsigned": N_("Not signed"),
    "broken": N_("Changed after signing"),
    "expired": N_("Certificate expired or not yet valid at signing time"),
    "public_ca": N_("Signed with a public-CA certificate (not allowed for state business)"),
    "untrusted": N_("Certificate does not chain to the imported Ban Cơ yếu roots"),
    "unknown_signer": N_("Signer is not a registered officer's certificate"),
    "not_pdf": N_("Not a PDF file"),
    "unreadable": N_("The PDF cannot be read"),
    "image": N_("Image (cannot carry a digital signature)"),
}

# what the clerk can do about each verdict (shown beside it in the evidence panel and the CLI)
VERDICT_ACTIONS = {
    "unsigned": N_("Sign the file with the officer's official-duty certificate and check again."),
    "broken": N_("The file was edited after it was signed: sign the final file again."),
    "expired": N_("Sign again with a certificate that is valid on the day of signing."),
    "public_ca": N_("Sign again with the official-duty certificate (Ban Cơ yếu Chính phủ)."),
    "untrusted": N_("Import the Ban Cơ yếu root and issuing CA (Nhập chứng thư CA…) and check again."),
    "unknown_signer": N_("Import the signer's certificate in Chữ ký số and assign it to the officer."),
    "not_pdf": N_("Link the signed PDF of the record instead."),
    "unreadable": N_("Scan or export the PDF again."),
}

STATE_TEXTS = {"ok": N_("File present"), "missing": N_("File missing"),
               "changed": N_("Changed since linked")}
KIND_TEXTS = {"pdf": N_("PDF"), "image": N_("Image"), "other": N_("Other file")}

# the worst verdict of a file's signatures decides the file's verdict
SEVERITY = ("broken", "expired", "public_ca", "untrusted", "unknown_signer")
