package com.omnidom.inventory.allocation.application;

import com.omnidom.inventory.allocation.domain.RejectionReasons;
import com.omnidom.inventory.stock.domain.ReleaseEffect;
import com.omnidom.platform.web.InvalidRequest;
import com.omnidom.platform.web.ResourceNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.regex.Pattern;

/** Which rejection reason does what to stock (RELEASE, BLOCK, WRITE_OFF). Applies to rejections handled afterwards. */
@Service
public class ConfigureRejectionReasons {

    private static final Pattern REASON = Pattern.compile("[A-Z0-9_]{1,64}");

    private final RejectionReasons reasons;

    public ConfigureRejectionReasons(RejectionReasons reasons) {
        this.reasons = reasons;
    }

    @Transactional
    public void put(String reason, String effect) {
        if (reason == null || !REASON.matcher(reason).matches()) throw new InvalidRequest("reason", "must be 1 to 64 of A-Z, 0-9, _");
        ReleaseEffect parsed;
        try {
            parsed = ReleaseEffect.valueOf(effect);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequest("effect", "must be RELEASE, BLOCK or WRITE_OFF");
        }
        reasons.put(reason, parsed);
    }

    @Transactional
    public void remove(String reason) {
        if (!reasons.remove(reason)) throw new ResourceNotFound("No rejection reason " + reason + ".");
    }

    @Transactional(readOnly = true)
    public Map<String, ReleaseEffect> all() {
        return reasons.all();
    }
}
