"""The 13 complaint channels of the Jakarta CRM (Keputusan Sekda 99/2022)."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    PENDOPO = "pendopo"
    JAKI = "jaki"
    TWITTER = "twitter"
    FACEBOOK = "facebook"
    EMAIL = "email"
    SOSMED_GUBERNUR = "sosmed_gubernur"
    SMS_WHATSAPP = "sms_whatsapp"
    INSPEKTORAT = "inspektorat"
    WALI_KOTA = "wali_kota"
    KECAMATAN = "kecamatan"
    KELURAHAN = "kelurahan"
    MEDIA_MASSA = "media_massa"
    LAPOR_1708 = "lapor_1708"

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]

    @property
    def is_face_to_face(self) -> bool:
        """The five walk-in desks this workstation serves."""
        return self in FACE_TO_FACE

    @property
    def has_gps(self) -> bool:
        """Only the JAKI app sends a GPS location; the others are typed or picked."""
        return self is Channel.JAKI


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.PENDOPO: "Pendopo Balai Kota",
    Channel.JAKI: "JAKI",
    Channel.TWITTER: "Twitter @DKIJakarta",
    Channel.FACEBOOK: "Facebook Pemprov DKI",
    Channel.EMAIL: "Email",
    Channel.SOSMED_GUBERNUR: "Media sosial Gubernur/Wakil Gubernur",
    Channel.SMS_WHATSAPP: "SMS/WhatsApp",
    Channel.INSPEKTORAT: "Kantor Inspektorat",
    Channel.WALI_KOTA: "Kantor Wali Kota",
    Channel.KECAMATAN: "Kantor Camat",
    Channel.KELURAHAN: "Kantor Lurah",
    Channel.MEDIA_MASSA: "Media massa",
    Channel.LAPOR_1708: "LAPOR! 1708",
}

FACE_TO_FACE: frozenset[Channel] = frozenset(
    {Channel.PENDOPO, Channel.WALI_KOTA, Channel.INSPEKTORAT, Channel.KECAMATAN, Channel.KELURAHAN}
)
