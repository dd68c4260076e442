using DiplomacyData.Explorer.Progress;
using DiplomacyData.SeedCompiler.Schema;

namespace DiplomacyData.Explorer.Report;

/// <summary>Every page of the site, in a fixed order, handed to a <see cref="SiteWriter"/>; returns how many pages it wrote.</summary>
internal static class ReportSite
{
    public static int Render(ProvenanceSite site, SiteWriter writer, TerminalProgress progress)
    {
        foreach (var (sitePath, resource) in SiteAssets.All)
        {
            writer.Write(sitePath, SiteAssets.Read(resource));
        }

        writer.Write(SitePaths.Index, IndexPage.Build(site));
        for (var k = 0; k < SeedSchema.Kinds.Count; k++)
        {
            writer.Write(SitePaths.Kind(SeedSchema.Kinds[k].JsonKey), KindPage.Build(site, k));
        }

        progress.Begin("Writing article pages", site.Articles.Count);
        foreach (var article in site.Articles)
        {
            writer.Write(SitePaths.Article(article.SourceId), ArticlePage.Build(site, article, site.PositionOf(article.SourceId)));
            progress.Advance();
        }

        progress.Begin("Writing record pages", site.Records.Count);
        for (var i = 0; i < site.Records.Count; i++)
        {
            writer.Write(SitePaths.Record(site.Records[i].Id), RecordPage.Build(site, i));
            progress.Advance();
        }

        return 1 + SeedSchema.Kinds.Count + site.Articles.Count + site.Records.Count;
    }
}
