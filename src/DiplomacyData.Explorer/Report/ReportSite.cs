using System.Threading.Tasks;
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

        // Most of a large report's time is the file system taking thousands of small files, so several are
        // written at once; each page's bytes depend only on the data, whatever order they are written in.
        progress.Begin("Writing record pages", site.Records.Count);
        var gate = new object();
        Parallel.For(0, site.Records.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            writer.Write(SitePaths.Record(site.Records[i].Id), RecordPage.Build(site, i));
            lock (gate)
            {
                progress.Advance();
            }
        });

        return 1 + SeedSchema.Kinds.Count + site.Articles.Count + site.Records.Count;
    }
}
