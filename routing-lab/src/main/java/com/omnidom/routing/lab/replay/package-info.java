/** What-if replay: a stream of orders decided under an active and a candidate profile on the same snapshot, side by side. */
package com.omnidom.routing.lab.replay;
