// FrameworkCatalog
