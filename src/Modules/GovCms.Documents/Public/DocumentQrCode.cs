using QRCoder;

namespace GovCms.Documents.Public;

/// <summary>The QR code of a document's address, as a PNG: printed on notices, it opens the document's page on a phone.</summary>
public static class DocumentQrCode
{
    /// <summary>Pixels a module: a 4 cm print of a typical address stays readable.</summary>
    private const int PixelsPerModule = 8;

    public static byte[] Png(string absoluteUrl)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(absoluteUrl, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule);
    }
}
