package org.maquis.archive.relay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The page sizes every connection shares: `maquis.page.default-size` and `maquis.page.max-size`. */
@ConfigMapping(prefix = "maquis.page")
public interface PageLimits {

    @WithDefault("20")
    int defaultSize();

    @WithDefault("100")
    int maxSize();
}
